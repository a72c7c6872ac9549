using System.Text.Json;
using CarbonPlatform.Accounting.Dashboard;
using CarbonPlatform.Accounting.Inventories;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>
/// A big park's dashboard (#22): the charts' figures summed by accounting from the stored inventory, and its lines in
/// pages sorted on the server, every line once.
/// </summary>
public sealed class InventoryDashboardTests
{
    private static string Line(string id, string kind, int? scope, double co2e, string status = "confirmed", bool excluded = false, string flags = "") =>
        $$"""
        {"id":"{{id}}","kind":"{{kind}}","scope":{{(scope?.ToString() ?? "null")}},"co2e":{{co2e.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"excluded":{{(excluded ? "true" : "false")}},
         "formula":"co2 = Q × EF","inputs":[{"name":"quantity","value":1,"unit":"t","origin":"line"},{"name":"ef","value":2,"unit":"t/t","origin":"fuel/{{kind}}/ef@cn-2025.1","status":"{{status}}"}],
         "intermediates":{},"flags":[{{flags}}]}
        """;

    private static JsonElement Inventory(params string[] lines) => JsonDocument.Parse($$$"""
        {"method":"cers-2025","year":2024,"gwpSet":"AR5","factorRelease":"cn-2025.1",
         "totals":{"scope1":120,"scope2Location":50,"scope2Market":60,"scope3":null,"grossLocation":170,"grossMarket":180,"neutralisation":20,"net":160,"ratio12":0.1,"ratio123":null,"co2":null,"energyConsumptionTce":null,"intensity":null,"greenDirectSupplyShare":null,"internationalBunkers":null},
         "gases":{"co2":{"tonnes":170,"co2e":170}},"scope3Categories":{},"lines":[{{{string.Join(",", lines)}}}],"factors":[],"flags":[]}
        """).RootElement;

    private static InventorySummary Summary(JsonElement inventory, Dictionary<string, int>? months = null) =>
        InventoryFigures.Of(Guid.NewGuid(), 3, InventoryStatus.Current, DateTime.UtcNow, inventory, months ?? []);

    [Fact]
    public void Scopes_kinds_and_the_largest_lines_are_summed_from_the_counted_lines_leaving_excluded_ones_out()
    {
        var summary = Summary(Inventory(Line("gas", "fuel-combustion", 1, 100), Line("diesel", "fuel-combustion", 1, 20),
            Line("grid", "purchased-electricity", 2, 50), Line("bunker", "fuel-combustion", 1, 999, excluded: true), Line("offset", "sink", null, -30)));

        Assert.Equal([(1, 120.0, 2), (2, 50.0, 1)], summary.ByScope.Select(s => (s.Scope, s.Co2e, s.Lines)));
        Assert.Equal([("fuel-combustion", 120.0), ("purchased-electricity", 50.0)], summary.ByKind.Select(k => (k.Kind, k.Co2e)));
        Assert.Equal(["gas", "grid", "diesel"], summary.Largest.Select(l => l.Id));
        Assert.Equal(5, summary.Lines);
        Assert.Equal(170, summary.Totals.GrossLocation);
        Assert.Equal(170, summary.Gases["co2"].Co2e);
    }

    [Fact]
    public void Months_come_from_each_line_s_ledger_entry_and_whole_year_lines_are_annual()
    {
        var summary = Summary(Inventory(Line("grid-jan", "purchased-electricity", 2, 10), Line("grid-feb", "purchased-electricity", 2, 30),
            Line("gas", "fuel-combustion", 1, 5), Line("unknown", "fuel-combustion", 1, 1)), new() { ["grid-jan"] = 1, ["grid-feb"] = 2, ["gas"] = 0 });

        Assert.Equal([(1, 10.0), (2, 30.0)], summary.ByMonth.Months.Select(m => (m.Month, m.Co2e)));
        Assert.Equal(6, summary.ByMonth.Annual);
        Assert.Equal(Enumerable.Range(3, 10), summary.ByMonth.Missing);
    }

    [Fact]
    public void Ten_thousand_lines_on_unconfirmed_factors_give_a_few_groups_with_counts_and_a_sample_of_ids()
    {
        var lines = Enumerable.Range(0, 10_000).Select(i => i % 3 == 0 ? Line($"l{i}", "fuel-combustion", 1, 1, "unverified")
            : i % 3 == 1 ? Line($"l{i}", "carbonate-decomposition", 1, 1, "inferred") : Line($"l{i}", "purchased-electricity", 2, 1, flags: "\"unverified-factor\""));

        var summary = Summary(Inventory([.. lines]));

        Assert.Equal(10_000, summary.Unverified.Lines);
        Assert.Equal([("fuel/fuel-combustion/ef@cn-2025.1", 3_334), ("fuel/carbonate-decomposition/ef@cn-2025.1", 3_333)],
            summary.Unverified.ByFactor.Select(g => (g.Key, g.Lines)));
        Assert.Equal(3, summary.Unverified.ByKind.Count);
        Assert.All(summary.Unverified.ByFactor.Concat(summary.Unverified.ByKind), g => Assert.Equal(InventoryFigures.SampleSize, g.Sample.Count));
    }

    [Theory]
    [InlineData("co2e", true)]
    [InlineData("co2e", false)]
    [InlineData("id", false)]
    [InlineData("id", true)]
    [InlineData("kind", false)]
    [InlineData("scope", true)]
    [InlineData("scope", false)]
    public void Paging_through_the_lines_reads_every_line_once_in_the_order_asked(string sort, bool descending)
    {
        var kinds = new[] { "fuel-combustion", "purchased-electricity", "sink" };
        // Ties on purpose: many lines share an amount, a kind or a scope; some have no scope.
        var inventory = Inventory([.. Enumerable.Range(0, 53).Select(i => Line($"line-{i:00}", kinds[i % 3], i % 3 == 2 ? null : i % 3 + 1, i % 4 * 2.5))]);
        var refs = InventoryLinePages.Refs(inventory.GetProperty("lines"));

        var read = new List<InventoryLinePages.LineRef>();
        InventoryLineKey? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = InventoryLinePages.Page(refs, sort, descending, after, 11);
            read.AddRange(page.Take(10));
            if (page.Count <= 10) break;
            after = InventoryLinePages.KeyOf(page[9], 3, sort, descending);
        }

        Assert.Equal(53, read.Select(l => l.Id).Distinct().Count());
        Assert.Equal(53, read.Count);
        var value = (InventoryLinePages.LineRef l) => sort switch
        {
            "co2e" => l.Co2e, "scope" => l.Scope ?? (descending ? -1 : 99), _ => 0,
        };
        for (var i = 1; i < read.Count; i++)
        {
            var (a, b) = (read[i - 1], read[i]);
            if (sort == "id") Assert.True(descending ? string.CompareOrdinal(a.Id, b.Id) > 0 : string.CompareOrdinal(a.Id, b.Id) < 0);
            else if (sort == "kind") Assert.True(string.CompareOrdinal(a.Kind, b.Kind) <= 0);
            else Assert.True(descending ? value(a) >= value(b) : value(a) <= value(b), $"{a} before {b}");
        }
    }
}
