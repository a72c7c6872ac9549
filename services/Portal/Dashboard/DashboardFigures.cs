using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Dashboard;

public enum QualityFlag { UnverifiedFactors, MissingMonths, NoMonthlyData, InventoryPending, InventoryStale }

/// <summary>The neutralisation ratio (scopes 1+2) and the threshold the next grade asks of it.</summary>
public sealed record RatioTarget(double? Ratio, double? Threshold, string? NextGrade, double? ToNeutralise);

/// <summary>
/// What the operator's dashboard shows of a year, from the inventory's summary and the latest evaluation. Pure: every
/// figure here comes from the API's answers (accounting sums the lines), so it can be traced back to the inventory's lines.
/// </summary>
public sealed class DashboardFigures
{
    public required IReadOnlyDictionary<int, double> ScopeTotals { get; init; }
    public required IReadOnlyList<(string Kind, double Co2e)> ByKind { get; init; }
    public required IReadOnlyList<(string Line, double Co2e)> ByLine { get; init; }
    public required IReadOnlyDictionary<int, double> ByMonth { get; init; }
    public required double Annual { get; init; }
    public required IReadOnlyList<int> MissingMonths { get; init; }
    public required QualityFindings Unverified { get; init; }
    public required IReadOnlyList<QualityFlag> Flags { get; init; }
    public required RatioTarget Ratio { get; init; }
    public required BasisTotals Basis { get; init; }

    /// <summary>The figures from the inventory's summary (summed by accounting, never from every line here) and the latest evaluation.</summary>
    public static DashboardFigures From(InventorySummaryView summary, EvaluationView? evaluation)
    {
        var byMonth = summary.ByMonth.Months.Where(m => m.Co2e != 0).ToDictionary(m => m.Month, m => m.Co2e);
        var unverified = new QualityFindings(summary.Unverified.Lines, Groups(summary.Unverified.ByFactor), Groups(summary.Unverified.ByKind));

        var flags = new List<QualityFlag>();
        if (unverified.Lines > 0) flags.Add(QualityFlag.UnverifiedFactors);
        if (summary.ByMonth.Missing.Count > 0) flags.Add(QualityFlag.MissingMonths);
        if (byMonth.Count == 0 && summary.ByKind.Count > 0) flags.Add(QualityFlag.NoMonthlyData);
        if (summary.Status == "pending") flags.Add(QualityFlag.InventoryPending);
        if (summary.Status == "stale") flags.Add(QualityFlag.InventoryStale);

        return new DashboardFigures
        {
            ScopeTotals = summary.ByScope.OrderBy(s => s.Scope).ToDictionary(s => s.Scope, s => s.Co2e),
            ByKind = [.. summary.ByKind.Select(k => (k.Kind, k.Co2e))],
            ByLine = [.. summary.Largest.Select(l => (l.Id, l.Co2e))],
            ByMonth = new SortedDictionary<int, double>(byMonth),
            Annual = summary.ByMonth.Annual,
            MissingMonths = summary.ByMonth.Missing,
            Unverified = unverified,
            Flags = flags,
            Ratio = RatioOf(summary.Totals, evaluation),
            Basis = BasisTotals.Of(summary.Totals),
        };
    }

    private static List<FindingGroup> Groups(IEnumerable<UnverifiedGroupView> groups) =>
        [.. groups.Select(g => new FindingGroup(g.Key, g.Status, g.Lines, g.Sample))];

    private static RatioTarget RatioOf(InventoryTotals totals, EvaluationView? evaluation)
    {
        var step = evaluation?.NextGrade?.Steps?.FirstOrDefault(s => s.Kind == "neutralise");
        var indicator = evaluation?.Indicators.FirstOrDefault(i => i.Code == (step?.Indicator ?? "R12"));
        double? threshold = indicator?.Threshold.ValueKind == System.Text.Json.JsonValueKind.Number ? indicator.Threshold.GetDouble() : null;
        return new RatioTarget(totals.Ratio12, step?.Target ?? threshold, evaluation?.NextGrade?.Grade, step?.Amount);
    }
}
