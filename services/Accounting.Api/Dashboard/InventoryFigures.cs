using System.Text.Json;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Inventories;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>Sums a stored inventory's lines for its summary, in one pass over the stored JSON. Pure.</summary>
public static class InventoryFigures
{
    public const int LargestLines = 10;
    public const int SampleSize = 12;

    private sealed record Line(string Id, string Kind, int? Scope, double Co2e, bool Counted, List<(string Factor, string Status)> Unconfirmed, bool Flagged);

    /// <param name="months">The month (1–12, 0 for the whole year) each line is recorded for; a line missing here counts as annual.</param>
    public static InventorySummary Of(Guid parkId, int version, InventoryStatus status, DateTime computedAt, JsonElement result,
        IReadOnlyDictionary<string, int> months)
    {
        var lines = result.GetProperty("lines").EnumerateArray().Select(Read).ToList();
        var counted = lines.Where(l => l.Counted).ToList();
        var emitting = counted.Where(l => l.Co2e > 0).ToList();

        var byMonth = emitting.Where(l => months.GetValueOrDefault(l.Id) is >= 1 and <= 12).GroupBy(l => months[l.Id])
            .Select(g => new MonthTotal(g.Key, g.Sum(l => l.Co2e), g.Count())).OrderBy(m => m.Month).ToList();
        var annual = emitting.Where(l => months.GetValueOrDefault(l.Id) is not (>= 1 and <= 12)).Sum(l => l.Co2e);
        var missing = byMonth.Count == 0 ? [] : Enumerable.Range(1, 12).Except(byMonth.Select(m => m.Month)).ToList();

        var unverified = counted.Where(l => l.Flagged || l.Unconfirmed.Count > 0).ToList();
        var byFactor = unverified.SelectMany(l => l.Unconfirmed.Select(u => (u.Factor, u.Status, l.Id))).GroupBy(x => (x.Factor, x.Status))
            .Select(g => Group(g.Key.Factor, g.Key.Status, g.Select(x => x.Id).Distinct()));
        var byKind = unverified.GroupBy(l => l.Kind).Select(g => Group(g.Key, null, g.Select(l => l.Id)));

        return new InventorySummary(parkId, result.GetProperty("year").GetInt32(), result.GetProperty("method").GetString()!, version, status,
            result.GetProperty("factorRelease").GetString()!, DateTime.SpecifyKind(computedAt, DateTimeKind.Utc), lines.Count,
            result.GetProperty("totals").Deserialize<Totals>(EngineJson.Options)!,
            result.GetProperty("gases").Deserialize<Dictionary<string, GasTotal>>(EngineJson.Options)!,
            [.. counted.GroupBy(l => l.Scope!.Value).OrderBy(g => g.Key).Select(g => new ScopeTotal(g.Key, g.Sum(l => l.Co2e), g.Count()))],
            [.. emitting.GroupBy(l => l.Kind).Select(g => new KindTotal(g.Key, g.Sum(l => l.Co2e), g.Count())).OrderByDescending(k => k.Co2e)],
            [.. emitting.OrderByDescending(l => l.Co2e).ThenBy(l => l.Id, StringComparer.Ordinal).Take(LargestLines).Select(l => new LineTotal(l.Id, l.Kind, l.Scope, l.Co2e))],
            new MonthTotals(byMonth, annual, missing),
            new UnverifiedLines(unverified.Count, Largest(byFactor), Largest(byKind)));
    }

    private static Line Read(JsonElement line)
    {
        var scope = line.TryGetProperty("scope", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : (int?)null;
        var excluded = line.TryGetProperty("excluded", out var x) && x.ValueKind == JsonValueKind.True;
        var unconfirmed = new List<(string, string)>();
        if (line.TryGetProperty("inputs", out var inputs))
            foreach (var input in inputs.EnumerateArray())
                if (input.TryGetProperty("status", out var st) && st.ValueKind == JsonValueKind.String && st.GetString() is { } status && status != "confirmed")
                    unconfirmed.Add(((input.TryGetProperty("origin", out var o) ? o.GetString() : null) ?? input.GetProperty("name").GetString()!, status));
        var flagged = line.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Array
            && flags.EnumerateArray().Any(f => f.ValueEquals(ResultFlags.UnverifiedFactor));
        return new Line(line.GetProperty("id").GetString()!, line.GetProperty("kind").GetString()!, scope, line.GetProperty("co2e").GetDouble(),
            !excluded && scope is not null, unconfirmed, flagged);
    }

    private static UnverifiedGroup Group(string key, string? status, IEnumerable<string> ids)
    {
        var all = ids.ToList();
        return new UnverifiedGroup(key, status, all.Count, [.. all.Take(SampleSize)]);
    }

    private static List<UnverifiedGroup> Largest(IEnumerable<UnverifiedGroup> groups) =>
        [.. groups.OrderByDescending(g => g.Lines).ThenBy(g => g.Key, StringComparer.Ordinal)];
}
