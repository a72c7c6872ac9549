using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Domain.Resolution;

namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>The request-level fields: method, year, and the choices that select factors.</summary>
internal static class RequestChecks
{
    private const int FirstYear = 1900, LastYear = 2100;

    public static void Check(CalculationRequest request, FactorRelease release, InputErrorList errors)
    {
        if (request.Method is null) errors.Add("method", ErrorCodes.MissingField, "method is required");
        else if (!FactorKeys.IsMethod(request.Method))
            errors.Add("method", ErrorCodes.UnknownMethod, $"method must be {Methods.Cers2025} or {Methods.Ndrc910}, not '{request.Method}'");

        if (request.Year is null) errors.Add("year", ErrorCodes.MissingField, "year is required");
        else if (request.Year is < FirstYear or > LastYear)
            errors.Add("year", ErrorCodes.OutOfRange, $"year must be between {FirstYear} and {LastYear}, not {request.Year}");

        if (request.GwpSet is not null && !FactorKeys.IsGwpSet(request.GwpSet))
            errors.Add("gwpSet", ErrorCodes.UnknownGwpSet, $"gwpSet must be one of SAR, AR4, AR5, AR6, not '{request.GwpSet}'");
        if (request.ElectricityFactorLevel is not null && !FactorKeys.IsLevel(request.ElectricityFactorLevel))
            errors.Add("electricityFactorLevel", ErrorCodes.InvalidValue,
                $"electricityFactorLevel must be national, regional or provincial, not '{request.ElectricityFactorLevel}'");
        if (request.RegionCode is not null && !GridArea.IsRegionCode(request.RegionCode))
            errors.Add("regionCode", ErrorCodes.InvalidValue, $"regionCode must be a six-digit GB/T 2260 code, not '{request.RegionCode}'");
        if (request.ElectricityEquivalentCoefficient is <= 0)
            errors.Add("electricityEquivalentCoefficient", ErrorCodes.OutOfRange, "electricityEquivalentCoefficient must be greater than 0");
        if (request.FactorRelease is not null && request.FactorRelease != release.Name)
            errors.Add("factorRelease", ErrorCodes.UnknownFactorRelease,
                $"the factor release '{request.FactorRelease}' is not the one in force here ({release.Name})");
    }
}
