using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Inputs;

/// <summary>Figures taken from an accounting result in the API's JSON shape.</summary>
public class InventoryFiguresReaderTests
{
    [Fact]
    public void Cers_totals_and_a_scope_3_line_are_read()
    {
        var json = Evaluate.Json("""
            {
              "method": "cers-2025", "year": 2022, "gwpSet": "AR5",
              "totals": { "scope1": 2162.188809, "scope2Location": 1073.2, "scope2Market": 1171.2, "scope3": 500,
                          "grossMarket": 3833.388809, "neutralisation": 3400, "ratio12": 1.0199830247, "ratio123": 0.8869436860,
                          "co2": null, "energyConsumptionTce": null, "intensity": null, "greenDirectSupplyShare": null },
              "lines": [ { "id": "gas", "scope": 1 }, { "id": "s3", "scope": 3, "excluded": false } ]
            }
            """);

        var read = InventoryFiguresReader.Read(json);

        Assert.True(read.IsValid);
        var f = read.Figures!;
        Assert.Equal(("cers-2025", 2022), (f.Method, f.Year));
        Assert.Equal(3333.388809m, f.Scope1And2Market);
        Assert.Equal(3833.388809m, f.GrossMarket);
        Assert.Equal(1.0199830247m, f.Ratio12);
        Assert.True(f.Scope3Reported);
        Assert.Null(f.Intensity);
    }

    [Fact]
    public void Without_a_scope_3_line_scope_3_is_not_reported()
    {
        var json = Evaluate.Json("""{ "method": "cers-2025", "year": 2022, "totals": { "scope3": 0 }, "lines": [ { "id": "gas", "scope": 1 } ] }""");

        Assert.False(InventoryFiguresReader.Read(json).Figures!.Scope3Reported);
    }

    [Fact]
    public void Ndrc_910_totals_are_read()
    {
        var json = Evaluate.Json("""
            { "method": "ndrc-910-2025", "year": 2024,
              "totals": { "co2": 43787.188809, "energyConsumptionTce": 303728.3585, "intensity": 0.14416, "greenDirectSupplyShare": 0.95, "ratio12": null } }
            """);

        var f = InventoryFiguresReader.Read(json).Figures!;

        Assert.Equal(0.14416m, f.Intensity);
        Assert.Equal(0.95m, f.GreenDirectSupplyShare);
        Assert.Null(f.Ratio12);
    }

    [Fact]
    public void Missing_method_year_or_totals_and_mistyped_totals_are_errors()
    {
        var read = InventoryFiguresReader.Read(Evaluate.Json("""{ "totals": { "co2": "12" } }"""));

        Assert.Equal(["inventory.method", "inventory.year", "inventory.totals.co2"], read.Errors.Select(e => e.Field));
        Assert.Null(read.Figures);
    }
}
