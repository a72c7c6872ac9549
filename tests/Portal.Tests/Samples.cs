using System.Text.Json;
using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Tests;

/// <summary>API answers as the services write them, made small.</summary>
internal static class Samples
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, Web)!;

    public static InventoryLine Line(string id, string kind, int? scope, double co2e, string status = "confirmed", bool excluded = false, params string[] flags) =>
        Parse<InventoryLine>($$"""
            {"id":"{{id}}","kind":"{{kind}}","scope":{{(scope?.ToString() ?? "null")}},"co2e":{{co2e.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"excluded":{{(excluded ? "true" : "false")}},
             "formula":"co2 = Q × EF","inputs":[{"name":"quantity","value":1,"unit":"t","origin":"line"},{"name":"ef","value":2,"unit":"t/t","origin":"fuel/x/ef@cn-2025.1","status":"{{status}}"}],
             "flags":[{{string.Join(",", flags.Select(f => $"\"{f}\""))}}]}
            """);

    public static InventoryView Inventory(string status, params InventoryLine[] lines) => new(3, status, "cers-2025", 2024, "cn-2025.1",
        new InventoryTotals(lines.Where(l => l.Scope == 1).Sum(l => l.Co2e), null, null, null, null, null, 100, null, 0.25, null, null), lines.ToList());

    public static Dashboard.InventorySummaryView Summary(string status, List<Dashboard.MonthTotalView>? months = null, double annual = 0,
        List<int>? missing = null, Dashboard.UnverifiedLinesView? unverified = null) => new(Guid.NewGuid(), 2024, "cers-2025", 3, status, "cn-2025.1", 4,
        new InventoryTotals(120, 50, 50, null, 170, 170, 100, 70, 0.25, null, null), [new(1, 120, 2), new(2, 50, 1)],
        [new("fuel-combustion", 120, 2), new("purchased-electricity", 50, 1)], [new("gas", "fuel-combustion", 1, 100), new("grid", "purchased-electricity", 2, 50)],
        new(months ?? [], annual, missing ?? []), unverified ?? new(0, [], []));

    public static LedgerEntry Entry(long sequence, string lineId, int? month, bool superseded = false) => new(sequence, 2024, month, lineId, "api", "someone",
        DateTime.UtcNow, default, null, null, superseded, null, new string('a', 64));

    public static EvaluationView EvaluationNeeding(double threshold, double target, double amount) => Parse<EvaluationView>($$$"""
        {"id":"{{{Guid.NewGuid()}}}","parkId":"{{{Guid.NewGuid()}}}","scheme":"s","schemeVersion":1,"schemeStatus":"provisional","year":2024,"grade":null,"passed":null,
         "inventoryVersion":3,"factorRelease":"cn-2025.1","createdAt":"2026-01-01T00:00:00Z","stale":false,
         "indicators":[{"code":"R12","value":0.25,"threshold":{{{threshold}}},"comparison":"at-least","outcome":"not-met"}],
         "nextGrade":{"grade":"C","missing":["…"],"steps":[{"kind":"neutralise","indicator":"R12","current":0.25,"target":{{{target}}},"amount":{{{amount}}},"unit":"tCO2e"}]}}
        """);
}
