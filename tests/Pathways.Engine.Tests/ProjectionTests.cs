using CarbonPlatform.Pathways.Engine.Tests.Support;
using static CarbonPlatform.Pathways.Engine.Tests.Support.Baselines;

namespace CarbonPlatform.Pathways.Engine.Tests;

public class ProjectionTests
{
    private const string TargetA2030 = """{ "grade": "A", "year": 2030 }""";

    private static string Cers(string measures, double discountRate = 0) =>
        Pathway.Request("cers-2025-provisional", TargetA2030, Baselines.Cers, measures, StrongManagement, discountRate: discountRate);

    [Fact]
    public void A_years_cost_is_the_capex_of_measures_starting_and_the_opex_of_measures_active()
    {
        var projection = Pathway.Project(Cers("""
            { "id": "pv", "kind": "onsite-generation", "startYear": 2026, "quantity": 1000, "capex": 4000000, "opexPerYear": 50000, "lifetimeYears": 3 },
            { "id": "ccer", "kind": "offset", "startYear": 2028, "quantity": 500, "opexPerYear": 40000 }
            """));
        Assert.Equal([0, 4050000, 50000, 90000, 40000, 40000], projection.Years.Select(y => y.Cost));
        Assert.Equal([0, 4050000, 4100000, 4190000, 4230000, 4270000], projection.Years.Select(y => y.CumulativeCost));
        Assert.Equal(4270000, projection.TotalCost);
        Assert.Equal(["pv", "ccer"], projection.Years[3].ActiveMeasures);
        Assert.Equal(["ccer"], projection.Years[4].ActiveMeasures); // pv's three years are 2026–2028
        Assert.DoesNotContain(projection.Years[4].Lines, l => l.Kind == "onsite-generation");
    }

    [Fact]
    public void Costs_are_discounted_from_the_baseline_year_at_the_stated_rate()
    {
        var projection = Pathway.Project(Cers("""{ "id": "ccer", "kind": "offset", "startYear": 2027, "quantity": 500, "capex": 1000, "opexPerYear": 100 }""", discountRate: 0.1));
        var expected = 1100 / Math.Pow(1.1, 2) + 100 / Math.Pow(1.1, 3) + 100 / Math.Pow(1.1, 4) + 100 / Math.Pow(1.1, 5);
        Assert.Equal(expected, projection.DiscountedTotalCost, 9);
        Assert.Equal(1400, projection.TotalCost);
    }

    [Fact]
    public void Every_changed_or_added_line_names_the_measure_that_changed_it()
    {
        var projection = Pathway.Project(Cers("""
            { "id": "grow", "kind": "growth", "startYear": 2026, "percent": 2 },
            { "id": "boiler", "kind": "efficiency", "startYear": 2027, "line": "boiler-gas", "percent": 10 },
            { "id": "ccer", "kind": "offset", "startYear": 2027, "quantity": 500, "instrument": "CCER" }
            """));
        var year = projection.Years.Single(y => y.Year == 2027);
        var boiler = year.Lines.Single(l => l.Id == "boiler-gas");
        Assert.Equal(["grow", "boiler"], boiler.Changes.Select(c => c.Measure));
        Assert.Equal(100, boiler.BaselineQuantity);
        Assert.Equal(100 * 1.02 * 1.02 * 0.9, boiler.Quantity, 9);
        var offset = year.Lines.Single(l => l.Kind == "offset");
        Assert.Null(offset.BaselineQuantity);
        Assert.Equal("ccer", Assert.Single(offset.Changes).Measure);
        Assert.DoesNotContain(year.Lines, l => l.Id == "park-trees"); // a sink does not grow, so nothing changed it
    }

    [Fact]
    public void The_target_is_reached_when_the_target_year_earns_the_grade_and_the_first_such_year_is_named()
    {
        var reached = Pathway.Project(Cers("""{ "id": "ccer", "kind": "offset", "startYear": 2028, "quantity": 6000 }"""));
        Assert.True(reached.ReachesTarget);
        Assert.Equal(2028, reached.FirstYearAtTarget);
        Assert.All(reached.Years, y => Assert.Equal(y.Year >= 2028, y.AtTarget));

        var notReached = Pathway.Project(Cers("""{ "id": "ccer", "kind": "offset", "startYear": 2028, "quantity": 6000, "lifetimeYears": 2 }"""));
        Assert.False(notReached.ReachesTarget);
        Assert.Equal(2028, notReached.FirstYearAtTarget);
    }

    [Fact]
    public void A_higher_grade_than_the_target_meets_it()
    {
        var projection = Pathway.Project(Pathway.Request("cers-2025-provisional", """{ "grade": "C", "year": 2026 }""", Baselines.Cers,
            """{ "id": "ccer", "kind": "offset", "startYear": 2026, "quantity": 20000 }""", StrongManagement));
        Assert.Equal("AAA", projection.Years[^1].Grade);
        Assert.True(projection.ReachesTarget);
    }

    [Fact]
    public void A_pass_fail_scheme_targets_a_pass()
    {
        var projection = Pathway.Project(Pathway.Request("hunan-2030", """{ "year": 2027 }""", Baselines.Ndrc,
            """{ "id": "gpt", "kind": "green-electricity", "startYear": 2027, "quantity": 120000 }""", indicators: AllGuidingMet910));
        Assert.Equal([false, false, true], projection.Years.Select(y => y.Passed));
        Assert.Equal(2027, projection.FirstYearAtTarget);
        Assert.All(projection.Years, y => Assert.Null(y.Grade));
    }
}
