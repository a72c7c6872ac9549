namespace CarbonPlatform.Portal.Region;

// GET /park-results/distribution and GET /park-results as the region overview reads them: counted and paged by evaluation.

public sealed record RegionDistributionView(string RegionCode, int ChildDigits, RegionFiguresView Total, List<ChildRegionView> Children);

public sealed record ChildRegionView(string RegionCode, RegionFiguresView Figures);

public sealed record RegionFiguresView(int Parks, Dictionary<string, int> Grades, int Passed, int Failed, int Current, int Stale, double Emissions,
    double Neutralisation, Dictionary<string, int>? Certification);

public sealed record ParkResultRowView(Guid ParkId, string ParkName, string RegionCode, int Year, string Scheme, string? Grade, bool? Passed,
    double? Ratio12, double? Intensity, string Status, double? Emissions, double? Neutralisation, string Certification);

/// <summary>The region overview's path: the regions from the caller's own down to the one shown (a province, its prefecture, a county).</summary>
public static class RegionPath
{
    public static IReadOnlyList<string> From(string own, string shown)
    {
        var ownDigits = Significant(own).Length;
        var shownDigits = Significant(shown).Length;
        var path = new List<string> { own };
        for (var digits = ownDigits + 2; digits <= shownDigits; digits += 2) path.Add(shown[..digits].PadRight(6, '0'));
        return path;
    }

    /// <summary>GB/T 2260 significant digits: 320000 → 32, 320500 → 3205; the country (100000) → none.</summary>
    private static string Significant(string code)
    {
        if (code == "100000") return "";
        var s = code;
        while (s.Length >= 2 && s.EndsWith("00", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }
}
