using System.Text.Json.Nodes;
using CarbonPlatform.Pathways.Engine.Tests.Support;
using static CarbonPlatform.Pathways.Engine.Tests.Support.Baselines;

namespace CarbonPlatform.Pathways.Engine.Tests;

/// <summary>
/// Each measure kind's identity (issue #19): a projected year equals an evaluation preview of the baseline with the
/// measure's change written by hand into the lines: the same engine and scheme, never a second formula.
/// </summary>
public class MeasureIdentityTests
{
    private const string Cers = "cers-2025-provisional";
    private const string TargetAa2030 = """{ "grade": "AA", "year": 2030 }""";

    private static void EachYearEqualsPreview(string scheme, string baseline, string measures, Func<int, JsonObject> expected,
        string? management = StrongManagement, string? indicators = null)
    {
        var projection = Pathway.Project(Pathway.Request(scheme, scheme == Cers ? TargetAa2030 : """{ "year": 2030 }""", baseline, measures,
            management ?? "null", indicators ?? "null"));
        Assert.Equal(Enumerable.Range(2025, 6), projection.Years.Select(y => y.Year));
        foreach (var year in projection.Years)
        {
            var preview = Preview.Of(scheme, expected(year.Year), management, indicators);
            Pathway.SameTotals(preview.Totals, year.Totals);
            Assert.Equal(preview.Grade, year.Grade);
            Assert.Equal(preview.Passed, year.Passed);
        }
    }

    [Fact]
    public void An_offset_from_a_year_equals_the_baseline_plus_an_offset_line_in_every_year_from_then()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "m1", "kind": "offset", "startYear": 2027, "quantity": 5000, "unit": "tCO2e", "instrument": "CCER", "capex": 0, "opexPerYear": 40000 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                if (year >= 2027) lines.Add(new JsonObject { ["id"] = "x", ["kind"] = "offset", ["instrument"] = "CCER", ["serial"] = "S-1", ["quantity"] = 5000, ["unit"] = "tCO2e" });
            }));
        var projection = Pathway.Project(Pathway.Request(Cers, TargetAa2030, Baselines.Cers,
            """{ "id": "m1", "kind": "offset", "startYear": 2027, "quantity": 5000 }""", StrongManagement));
        Assert.NotEqual(projection.Years[1].Grade, projection.Years[2].Grade); // the offset is big enough to move the grade
    }

    [Fact]
    public void Efficiency_of_p_percent_on_one_line_equals_the_baseline_with_that_quantity_times_one_minus_p()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "m2", "kind": "efficiency", "startYear": 2026, "line": "boiler-gas", "percent": 10, "capex": 3000000 }""",
            year => ForYear(Baselines.Cers, year, lines => { if (year >= 2026) Scale(lines, "boiler-gas", 0.9); }));
    }

    [Fact]
    public void Efficiency_on_a_line_kind_scales_every_line_of_that_kind()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "m2", "kind": "efficiency", "startYear": 2028, "lineKind": "purchased-electricity", "percent": 25 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                if (year < 2028) return;
                Scale(lines, "grid", 0.75);
                Scale(lines, "grid-2", 0.75);
            }));
    }

    [Fact]
    public void A_fuel_switch_moves_the_share_of_the_fuels_energy_times_the_efficiency_to_purchased_electricity()
    {
        const double naturalGasNcv = 389.31; // GJ/10^4Nm3, shared/reference-data/fuels.csv
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "m3", "kind": "fuel-switch", "startYear": 2027, "line": "boiler-gas", "percent": 40, "to": "purchased-electricity", "efficiency": 0.9 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                if (year < 2027) return;
                Scale(lines, "boiler-gas", 0.6);
                lines.Add(new JsonObject { ["id"] = "e", ["kind"] = "purchased-electricity", ["quantity"] = 100 * 0.4 * naturalGasNcv * 0.9 / 3.6, ["unit"] = "MWh" });
            }));
    }

    [Fact]
    public void A_fuel_switch_to_heat_adds_purchased_heat_of_the_stated_source()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "m3", "kind": "fuel-switch", "startYear": 2026, "line": "kiln-coal", "to": "purchased-heat", "source": "non-fossil", "efficiency": 0.8 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                if (year < 2026) return;
                Scale(lines, "kiln-coal", 0);
                lines.Add(new JsonObject { ["id"] = "h", ["kind"] = "purchased-heat", ["source"] = "non-fossil", ["quantity"] = 200 * 23.204 * 0.8, ["unit"] = "GJ" });
            }));
    }

    [Fact]
    public void Onsite_generation_is_self_consumed_replacing_purchased_electricity()
    {
        EachYearEqualsPreview("hunan-2030", Baselines.Ndrc,
            """{ "id": "pv", "kind": "onsite-generation", "startYear": 2026, "quantity": 20000, "unit": "MWh", "capex": 80000000, "lifetimeYears": 25 }""",
            year => ForYear(Baselines.Ndrc, year, lines =>
            {
                if (year < 2026) return;
                Line(lines, "grid")["quantity"] = 100000.0;
                lines.Add(new JsonObject { ["id"] = "pv", ["kind"] = "onsite-generation", ["source"] = "non-fossil", ["quantity"] = 20000, ["unit"] = "MWh" });
            }), management: null, indicators: AllGuidingMet910);
        var projection = Pathway.Project(Pathway.Request("hunan-2030", """{ "year": 2030 }""", Baselines.Ndrc,
            """{ "id": "pv", "kind": "onsite-generation", "startYear": 2026, "quantity": 20000 }""", indicators: AllGuidingMet910));
        var (before, after) = (projection.Years[0].Totals, projection.Years[1].Totals);
        Assert.Equal(before.GetProperty("energyConsumptionTce").GetDouble(), after.GetProperty("energyConsumptionTce").GetDouble(), 6);
        Assert.Equal(20000 * 0.8325, before.GetProperty("co2").GetDouble() - after.GetProperty("co2").GetDouble(), 6);
    }

    [Fact]
    public void Green_electricity_adds_a_green_line_of_its_instrument()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "gpt", "kind": "green-electricity", "startYear": 2029, "quantity": 1000, "instrument": "green-certificate", "opexPerYear": 50000 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                if (year >= 2029) lines.Add(new JsonObject { ["id"] = "g", ["kind"] = "green-electricity", ["instrument"] = "green-certificate", ["quantity"] = 1000, ["unit"] = "MWh" });
            }));
    }

    [Fact]
    public void Green_electricity_beyond_what_is_purchased_is_capped_and_the_lineage_says_so()
    {
        var projection = Pathway.Project(Pathway.Request(Cers, TargetAa2030, Baselines.Cers,
            """{ "id": "gpt", "kind": "green-electricity", "startYear": 2026, "quantity": 10000 }""", StrongManagement));
        var green = Assert.Single(projection.Years[1].Lines, l => l.Kind == "green-electricity");
        Assert.Equal(4500, green.Quantity, 9);
        Assert.Contains("capped", Assert.Single(green.Changes).Effect);
        var preview = Preview.Of(Cers, ForYear(Baselines.Cers, 2026, lines =>
            lines.Add(new JsonObject { ["id"] = "g", ["kind"] = "green-electricity", ["instrument"] = "green-power-trade", ["quantity"] = 4500, ["unit"] = "MWh" })), StrongManagement);
        Pathway.SameTotals(preview.Totals, projection.Years[1].Totals);
    }

    [Fact]
    public void A_carbon_sink_adds_a_sink_line_of_its_type()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "forest", "kind": "carbon-sink", "startYear": 2025, "quantity": 800, "sinkType": "forest", "capex": 200000, "lifetimeYears": 3 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                if (year <= 2027) lines.Add(new JsonObject { ["id"] = "f", ["kind"] = "carbon-sink", ["sinkType"] = "forest", ["quantity"] = 800, ["unit"] = "tCO2e" });
            }));
    }

    [Fact]
    public void Growth_compounds_every_activity_line_but_not_neutralisation_bought_in_fixed_amounts()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "g", "kind": "growth", "startYear": 2026, "percent": 5 }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                var factor = Math.Pow(1.05, Math.Max(0, year - 2025));
                foreach (var id in new[] { "boiler-gas", "kiln-coal", "grid", "grid-2", "freight" }) Scale(lines, id, factor);
            }));
    }

    [Fact]
    public void A_measure_acts_on_the_grown_activity()
    {
        EachYearEqualsPreview(Cers, Baselines.Cers,
            """{ "id": "eff", "kind": "efficiency", "startYear": 2027, "line": "boiler-gas", "percent": 20 }, { "id": "g", "kind": "growth", "startYear": 2026, "percent": 3, "lineKind": "fuel-combustion" }""",
            year => ForYear(Baselines.Cers, year, lines =>
            {
                var grown = Math.Pow(1.03, Math.Max(0, year - 2025));
                Scale(lines, "kiln-coal", grown);
                Scale(lines, "boiler-gas", grown * (year >= 2027 ? 0.8 : 1));
            }));
    }
}
