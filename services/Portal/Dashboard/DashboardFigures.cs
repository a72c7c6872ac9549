using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Dashboard;

public enum QualityFlag { UnverifiedFactors, MissingMonths, NoMonthlyData, InventoryPending, InventoryStale }

/// <summary>The neutralisation ratio (scopes 1+2) and the threshold the next grade asks of it.</summary>
public sealed record RatioTarget(double? Ratio, double? Threshold, string? NextGrade, double? ToNeutralise);

/// <summary>
/// What the operator's dashboard shows of a year, worked out from the inventory, the ledger and the latest evaluation.
/// Pure: every figure here comes from the API's answers, so it can be traced back to the inventory's lines.
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

    public static DashboardFigures From(InventoryView inventory, IReadOnlyList<LedgerEntry> ledger, EvaluationView? evaluation)
    {
        var counted = inventory.Lines.Where(l => !l.Excluded && l.Scope is not null).ToList();
        var emitting = counted.Where(l => l.Co2e > 0).ToList();
        var monthOf = ledger.Where(e => !e.Superseded && e.Year == inventory.Year)
            .GroupBy(e => e.LineId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Sequence).First().Month);

        var byMonth = new SortedDictionary<int, double>();
        double annual = 0;
        foreach (var line in emitting)
        {
            if (monthOf.TryGetValue(line.Id, out var month) && month is >= 1 and <= 12)
                byMonth[month.Value] = byMonth.GetValueOrDefault(month.Value) + line.Co2e;
            else annual += line.Co2e;
        }
        var missing = byMonth.Count == 0 ? [] : Enumerable.Range(1, 12).Where(m => !byMonth.ContainsKey(m)).ToList();
        var unverified = QualityFindings.Unverified(counted);

        var flags = new List<QualityFlag>();
        if (unverified.Lines > 0) flags.Add(QualityFlag.UnverifiedFactors);
        if (missing.Count > 0) flags.Add(QualityFlag.MissingMonths);
        if (byMonth.Count == 0 && emitting.Count > 0) flags.Add(QualityFlag.NoMonthlyData);
        if (inventory.Status == "pending") flags.Add(QualityFlag.InventoryPending);
        if (inventory.Status == "stale") flags.Add(QualityFlag.InventoryStale);

        return new DashboardFigures
        {
            ScopeTotals = counted.GroupBy(l => l.Scope!.Value).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(l => l.Co2e)),
            ByKind = emitting.GroupBy(l => l.Kind).Select(g => (g.Key, g.Sum(l => l.Co2e))).OrderByDescending(x => x.Item2).ToList(),
            ByLine = emitting.OrderByDescending(l => l.Co2e).Take(10).Select(l => (l.Id, l.Co2e)).ToList(),
            ByMonth = byMonth,
            Annual = annual,
            MissingMonths = missing,
            Unverified = unverified,
            Flags = flags,
            Ratio = RatioOf(inventory, evaluation),
            Basis = BasisTotals.Of(inventory.Totals),
        };
    }

    private static RatioTarget RatioOf(InventoryView inventory, EvaluationView? evaluation)
    {
        var step = evaluation?.NextGrade?.Steps?.FirstOrDefault(s => s.Kind == "neutralise");
        var indicator = evaluation?.Indicators.FirstOrDefault(i => i.Code == (step?.Indicator ?? "R12"));
        double? threshold = indicator?.Threshold.ValueKind == System.Text.Json.JsonValueKind.Number ? indicator.Threshold.GetDouble() : null;
        return new RatioTarget(inventory.Totals.Ratio12, step?.Target ?? threshold, evaluation?.NextGrade?.Grade, step?.Amount);
    }
}
