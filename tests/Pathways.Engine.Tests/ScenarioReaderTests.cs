using CarbonPlatform.Pathways.Engine.Tests.Support;
using static CarbonPlatform.Pathways.Engine.Tests.Support.Baselines;

namespace CarbonPlatform.Pathways.Engine.Tests;

public class ScenarioReaderTests
{
    private static IReadOnlyList<string> Fields(string measures, string target = """{ "grade": "AA", "year": 2030 }""", string baseline = Baselines.Cers)
    {
        var read = Pathway.Read(Pathway.Request("cers-2025-provisional", target, baseline, measures, StrongManagement));
        Assert.Null(read.Scenario);
        return read.Errors.Select(e => e.Field).ToList();
    }

    [Fact]
    public void A_bad_measure_is_named_by_its_index_and_field()
    {
        Assert.Equal(["measures[1].percent"], Fields("""
            { "id": "m1", "kind": "offset", "startYear": 2027, "quantity": 500 },
            { "id": "m2", "kind": "efficiency", "startYear": 2026, "line": "boiler-gas", "percent": 130 }
            """));
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        Assert.Equal(["measures[0].startYear", "measures[0].line", "measures[1].kind", "measures[2].to", "measures[3].id"], Fields("""
            { "id": "m1", "kind": "efficiency", "startYear": 2031, "line": "no-such-line", "percent": 10 },
            { "id": "m2", "kind": "insulation", "startYear": 2026 },
            { "id": "m3", "kind": "fuel-switch", "startYear": 2026, "line": "boiler-gas", "to": "hydrogen" },
            { "id": "m1", "kind": "offset", "startYear": 2027, "quantity": 5 }
            """));
    }

    [Fact]
    public void A_fuel_switch_names_a_fuel_combustion_line()
    {
        Assert.Equal(["measures[0].line"], Fields("""{ "id": "m1", "kind": "fuel-switch", "startYear": 2026, "line": "grid", "to": "purchased-heat" }"""));
    }

    [Fact]
    public void Quantities_are_in_the_measures_unit()
    {
        Assert.Equal(["measures[0].unit"], Fields("""{ "id": "m1", "kind": "onsite-generation", "startYear": 2026, "quantity": 10, "unit": "GJ" }"""));
    }

    [Fact]
    public void The_target_grade_is_one_of_the_schemes_and_its_year_not_before_the_baseline()
    {
        Assert.Equal(["target.grade"], Fields("", """{ "grade": "AAAA", "year": 2030 }"""));
        Assert.Equal(["target.year"], Fields("", """{ "grade": "AA", "year": 2020 }"""));
    }

    [Fact]
    public void The_baseline_must_be_of_the_schemes_method()
    {
        Assert.Equal(["baseline.method"], Fields("", baseline: Baselines.Ndrc));
    }
}
