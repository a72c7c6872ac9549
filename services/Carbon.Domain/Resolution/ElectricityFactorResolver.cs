using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Domain.Resolution;

/// <summary>The grid factors a cers-2025 request uses: F_loc (grid average at the requested
/// level) and F_res (national residual mix), or the errors that prevent choosing them.</summary>
public sealed record ElectricityFactorResolution(Factor? GridAverage, Factor? ResidualMix, IReadOnlyList<InputError> Errors);

internal sealed record ElectricityFactorEntries(FactorEntry GridAverage, FactorEntry ResidualMix);

/// <summary>The electricity-factor rules of accounting.md: level, vintage per family, and no
/// silent fallback to another level or year.</summary>
public static class ElectricityFactorResolver
{
    public static ElectricityFactorResolution Resolve(CalculationRequest request, FactorRelease release)
    {
        var errors = new InputErrorList();
        var entries = ResolveEntries(request, release, errors);
        return new ElectricityFactorResolution(entries?.GridAverage.Factor, entries?.ResidualMix.Factor, errors.Items);
    }

    internal static ElectricityFactorEntries? ResolveEntries(CalculationRequest request, FactorRelease release, InputErrorList errors)
    {
        if (request.Year is not int year) return null; // reported as a missing field
        var level = request.ElectricityFactorLevel ?? FactorKeys.National;
        if (!FactorKeys.IsLevel(level)) return null; // reported with the request's fields
        var named = request.ElectricityFactorVintage;
        if (named is int v && !release.PublishedVintages.Contains(v))
        {
            errors.Add("electricityFactorVintage", ErrorCodes.UnknownVintage,
                $"no electricity factor of the release {release.Name} has the vintage {v}");
            return null;
        }
        var area = GridArea.For(request, release, level, errors);
        var gridVintage = named ?? Vintage(FactorKeys.GridAverage, year, release, errors);
        var residualVintage = named ?? Vintage(FactorKeys.ResidualMix, year, release, errors);

        FactorEntry? grid = null, residual = null;
        if (area is not null && gridVintage is int gv)
            grid = Find(release, FactorKeys.GridAverage, level, area, gv, errors, named is null ? "electricityFactorLevel" : "electricityFactorVintage");
        if (residualVintage is int rv)
            residual = Find(release, FactorKeys.ResidualMix, FactorKeys.National, FactorKeys.NationalArea, rv, errors, "electricityFactorVintage");
        return grid is not null && residual is not null ? new ElectricityFactorEntries(grid, residual) : null;
    }

    /// <summary>The newest year of the family's national series not later than the inventory year.</summary>
    private static int? Vintage(string family, int year, FactorRelease release, InputErrorList errors)
    {
        var series = release.NationalVintages(family);
        for (var i = series.Count - 1; i >= 0; i--)
            if (series[i] <= year) return series[i];
        errors.Add("year", ErrorCodes.YearBeforeFirstVintage, series.Count == 0
            ? $"the release {release.Name} has no national {family} series"
            : $"the inventory year {year} is earlier than every published vintage of the national {family} series (first: {series[0]})");
        return null;
    }

    private static FactorEntry? Find(FactorRelease release, string family, string level, string area, int vintage,
        InputErrorList errors, string field)
    {
        var entry = release.Entry(FactorKeys.Electricity(family, level, area, vintage));
        if (entry is null)
            errors.Add(field, ErrorCodes.NoFactorForVintage,
                $"the release {release.Name} has no {family} factor at level {level} ({area}) for the vintage {vintage}");
        return entry;
    }
}
