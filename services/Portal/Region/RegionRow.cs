using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Region;

/// <summary>A park of the authority's region, side by side with its latest result and certificate.</summary>
public sealed record RegionRow(ParkView Park, ParkResult? Result, string? CertificateStatus)
{
    public static readonly string[] Grades = ["AAA", "AA", "A", "B", "C"];

    /// <summary>Every visible park, each with the newest result of the year asked (or of any year) and its newest application's certificate.</summary>
    public static List<RegionRow> Join(IEnumerable<ParkView> parks, IEnumerable<ParkResult> results, IEnumerable<ApplicationView> applications,
        IReadOnlyDictionary<string, string> certificateStatus, int? year)
    {
        var latest = results.Where(r => year is null || r.Year == year)
            .GroupBy(r => r.ParkId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Year).First());
        var certificate = applications.Where(a => a.CertificateNumber is not null)
            .GroupBy(a => a.ParkId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.UpdatedAt).First().CertificateNumber!);
        return parks.Select(p => new RegionRow(p, latest.GetValueOrDefault(p.Id),
            certificate.TryGetValue(p.Id, out var number) ? certificateStatus.GetValueOrDefault(number) : null)).ToList();
    }

    /// <summary>Sorted by a column the table offers; unknown columns sort by name.</summary>
    public static IEnumerable<RegionRow> Sort(IEnumerable<RegionRow> rows, string? column, bool descending)
    {
        IOrderedEnumerable<RegionRow> ordered = column switch
        {
            "grade" => Order(rows, r => GradeRank(r.Result?.Grade), descending),
            "intensity" => Order(rows, r => r.Result?.Intensity ?? double.MinValue, descending),
            "ratio" => Order(rows, r => r.Result?.Ratio12 ?? double.MinValue, descending),
            "certificate" => Order(rows, r => r.CertificateStatus ?? "", descending),
            "region" => Order(rows, r => r.Park.RegionCode, descending),
            _ => Order(rows, r => r.Park.Name, descending),
        };
        return ordered.ThenBy(r => r.Park.Name, StringComparer.Ordinal);
    }

    public static IEnumerable<RegionRow> Filter(IEnumerable<RegionRow> rows, string? grade, string? text) => rows
        .Where(r => string.IsNullOrEmpty(grade) || (grade == "none" ? r.Result?.Grade is null : r.Result?.Grade == grade))
        .Where(r => string.IsNullOrWhiteSpace(text) || r.Park.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
            || r.Park.RegionCode.StartsWith(text.Trim(), StringComparison.Ordinal));

    /// <summary>How many parks hold each grade, best first, then those without one.</summary>
    public static IReadOnlyList<(string Grade, int Parks)> Distribution(IEnumerable<RegionRow> rows)
    {
        var list = rows.ToList();
        return Grades.Select(g => (g, list.Count(r => r.Result?.Grade == g)))
            .Append(("none", list.Count(r => r.Result?.Grade is null))).ToList();
    }

    /// <summary>
    /// The same counts from the overview's aggregate (GET /park-results/distribution): results per grade; parks without a graded
    /// result are the region's parks less the graded ones. With no year, a park counts once per year it has a result.
    /// </summary>
    public static IReadOnlyList<(string Grade, int Parks)> Distribution(GradeDistribution distribution, int parks)
    {
        var graded = Grades.Select(g => (g, distribution.Total.Grades.GetValueOrDefault(g))).ToList();
        return graded.Append(("none", Math.Max(0, parks - graded.Sum(g => g.Item2)))).ToList();
    }

    public static int GradeRank(string? grade) => grade is null ? 0 : Grades.Length - Array.IndexOf(Grades, grade);

    private static IOrderedEnumerable<RegionRow> Order<T>(IEnumerable<RegionRow> rows, Func<RegionRow, T> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
