using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Domain.Resolution;

/// <summary>The area of the grid-average factor: CN, the park's province, or its grid region.</summary>
internal static class GridArea
{
    public static string? For(CalculationRequest request, FactorRelease release, string level, InputErrorList errors)
    {
        if (level == FactorKeys.National) return FactorKeys.NationalArea;
        var province = Province(request.RegionCode);
        if (province is null)
        {
            if (level == FactorKeys.Regional && request.GridRegion is { Length: > 0 } named)
            {
                if (KnownRegion(release, named)) return named;
                errors.Add("gridRegion", ErrorCodes.UnknownGridRegion, $"'{named}' is not a grid region of the release {release.Name}");
                return null;
            }
            if (request.RegionCode is null)
                errors.Add("regionCode", ErrorCodes.MissingField, $"the {level} electricity factor needs the park's regionCode");
            return null; // a malformed code is reported with the request's fields
        }
        var mapping = release.GridRegion(province);
        if (mapping is null)
        {
            errors.Add("regionCode", ErrorCodes.UnknownRegion, $"the province {province} is not in the release's grid-region table");
            return null;
        }
        return level == FactorKeys.Provincial ? province : Region(request.GridRegion, mapping, errors);
    }

    /// <summary>GB/T 2260: the first two digits name the province.</summary>
    public static string? Province(string? regionCode) =>
        IsRegionCode(regionCode) ? string.Concat(regionCode.AsSpan(0, 2), "0000") : null;

    public static bool IsRegionCode(string? code)
    {
        if (code is not { Length: 6 }) return false;
        foreach (var c in code) if (c is < '0' or > '9') return false;
        return true;
    }

    /// <summary>The province's grid region. Inner Mongolia lies in two (<c>north|northeast</c>):
    /// there the request must name one.</summary>
    private static string? Region(string? named, FactorEntry mapping, InputErrorList errors)
    {
        var regions = mapping.Factor.Code.Split('|');
        if (named is null)
        {
            if (regions.Length == 1) return regions[0];
            errors.Add("gridRegion", ErrorCodes.GridRegionRequired,
                $"{mapping.Factor.Name} ({mapping.Factor.Area}) lies in the grid regions {string.Join(" and ", regions)}: name one in gridRegion");
            return null;
        }
        if (Array.IndexOf(regions, named) >= 0) return named;
        errors.Add("gridRegion", ErrorCodes.GridRegionMismatch,
            $"{mapping.Factor.Name} ({mapping.Factor.Area}) lies in {string.Join(" or ", regions)}, not in '{named}'");
        return null;
    }

    private static bool KnownRegion(FactorRelease release, string region)
    {
        foreach (var f in release.Factors)
            if (f.Category == FactorCategories.Electricity && f.Level == FactorKeys.Regional && f.Area == region) return true;
        return false;
    }
}
