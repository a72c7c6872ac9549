using CarbonPlatform.Pathways.Engine.Optimisation;
using CarbonPlatform.Pathways.Engine.Tests.Support;
using static CarbonPlatform.Pathways.Engine.Tests.Support.Baselines;

namespace CarbonPlatform.Pathways.Engine.Tests;

public class OptimiserTests
{
    private const string CersOptions = """
        { "id": "ccer", "kind": "offset", "startYear": 2027, "quantity": 1000, "maxQuantity": 3000, "opexPerYear": 60000 },
        { "id": "forest", "kind": "carbon-sink", "startYear": 2027, "quantity": 500, "maxQuantity": 1000, "capex": 300000, "opexPerYear": 5000, "lifetimeYears": 10 },
        { "id": "boiler", "kind": "efficiency", "startYear": 2027, "line": "boiler-gas", "percent": 10, "maxQuantity": 20, "capex": 500000 },
        { "id": "gpt", "kind": "green-electricity", "startYear": 2027, "quantity": 2000, "maxQuantity": 6000, "opexPerYear": 60000 }
        """;

    private static PathwayOptimisation Optimise(string request)
    {
        var outcome = PathwayOptimiser.OptimiseAsync(Pathway.Scenario(request), new EngineCalculator(), CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(outcome.Optimisation is not null, string.Join("; ", outcome.Errors));
        return outcome.Optimisation!;
    }

    [Fact]
    public void The_cheapest_way_to_a_grade_equals_an_exhaustive_search()
    {
        var request = Pathway.Request("cers-2025-provisional", """{ "grade": "A", "year": 2028 }""", Baselines.Cers, CersOptions, StrongManagement, discountRate: 0.05);
        var optimised = Optimise(request);
        var (cheapest, combinations) = Exhaustive.Cheapest(Pathway.Scenario(request));

        Assert.True(combinations > 500, $"{combinations} combinations");
        Assert.NotNull(cheapest);
        Assert.True(optimised.Reachable, string.Join("; ", optimised.Reasons));
        Assert.Equal(cheapest!.Value, optimised.DiscountedTotalCost!.Value, 6);
        Assert.True(optimised.Projection!.ReachesTarget);
        Assert.True(optimised.Measures.Count >= 2, "the answer mixes measures"); // the case is not won by one measure alone
    }

    [Fact]
    public void Green_electricity_beyond_what_is_purchased_is_cut_off_when_the_engine_rejects_it()
    {
        // Only green electricity can do it, and 6,000 MWh would be worth more than the 4,500 MWh purchased: the linear model
        // believes the largest size reaches AA, the engine caps it, and the optimiser says why none does.
        var optimised = Optimise(Pathway.Request("cers-2025-provisional", """{ "grade": "A", "year": 2027 }""", Baselines.Cers, """
            { "id": "gpt", "kind": "green-electricity", "startYear": 2027, "quantity": 2000, "maxQuantity": 6000, "opexPerYear": 60000 },
            { "id": "ccer", "kind": "offset", "startYear": 2027, "quantity": 1500, "maxQuantity": 1500, "opexPerYear": 60000 }
            """, StrongManagement));
        var (cheapest, _) = Exhaustive.Cheapest(Pathway.Scenario(Pathway.Request("cers-2025-provisional", """{ "grade": "A", "year": 2027 }""", Baselines.Cers, """
            { "id": "gpt", "kind": "green-electricity", "startYear": 2027, "quantity": 2000, "maxQuantity": 6000, "opexPerYear": 60000 },
            { "id": "ccer", "kind": "offset", "startYear": 2027, "quantity": 1500, "maxQuantity": 1500, "opexPerYear": 60000 }
            """, StrongManagement)));
        Assert.Equal(cheapest is not null, optimised.Reachable);
        if (cheapest is { } c) Assert.Equal(c, optimised.DiscountedTotalCost!.Value, 6);
        else Assert.True(optimised.RejectedByEngine > 0, "the engine rejected what the linear model accepted");
    }

    [Fact]
    public void The_cheapest_way_to_a_pass_under_banded_thresholds_equals_an_exhaustive_search()
    {
        var request = Pathway.Request("hunan-2030", """{ "year": 2028 }""", Baselines.Ndrc, """
            { "id": "gpt", "kind": "green-electricity", "startYear": 2026, "quantity": 30000, "maxQuantity": 120000, "opexPerYear": 900000 },
            { "id": "pv", "kind": "onsite-generation", "startYear": 2026, "quantity": 40000, "maxQuantity": 80000, "capex": 20000000, "lifetimeYears": 25 },
            { "id": "boiler", "kind": "efficiency", "startYear": 2026, "line": "boiler-gas", "percent": 25, "maxQuantity": 50, "capex": 3000000 },
            { "id": "grow", "kind": "growth", "startYear": 2026, "percent": 2 }
            """, indicators: AllGuidingMet910, discountRate: 0.04);
        var optimised = Optimise(request);
        var (cheapest, _) = Exhaustive.Cheapest(Pathway.Scenario(request));
        Assert.NotNull(cheapest);
        Assert.True(optimised.Reachable, string.Join("; ", optimised.Reasons));
        Assert.Equal(cheapest!.Value, optimised.DiscountedTotalCost!.Value, 6);
    }

    [Fact]
    public void A_target_a_condition_no_measure_changes_blocks_is_unreachable_and_says_which()
    {
        var optimised = Optimise(Pathway.Request("cers-2025-provisional", """{ "grade": "AA", "year": 2028 }""", Baselines.Cers, CersOptions,
            """{ "P1": true, "P2": 0.6, "P3": 0.5, "P4": true, "P5": false, "L1": 0.8, "L2": 3, "L3": 0.5, "L4": true, "L5": false }"""));
        Assert.False(optimised.Reachable);
        Assert.Contains(optimised.Reasons, r => r.StartsWith("M is 64", StringComparison.Ordinal) && r.Contains("≥ 80"));
        Assert.Empty(optimised.Measures);
    }

    [Fact]
    public void A_target_the_measures_cannot_reach_says_how_far_they_fall_short()
    {
        var optimised = Optimise(Pathway.Request("cers-2025-provisional", """{ "grade": "AAA", "year": 2028 }""", Baselines.Cers,
            """{ "id": "ccer", "kind": "offset", "startYear": 2027, "quantity": 1000, "maxQuantity": 2000, "opexPerYear": 60000 }""", StrongManagement));
        Assert.False(optimised.Reachable);
        var reason = Assert.Single(optimised.Reasons);
        Assert.Contains("ratio123 would be 0.", reason);
        Assert.Contains("AAA needs ratio123 ≥ 1", reason);
    }

    [Fact]
    public void The_abatement_cost_curve_is_sorted_cheapest_first_and_annualises_capex()
    {
        var optimised = Optimise(Pathway.Request("cers-2025-provisional", """{ "grade": "A", "year": 2028 }""", Baselines.Cers, CersOptions, StrongManagement, discountRate: 0.05));
        var curve = optimised.AbatementCurve;
        Assert.Equal(4, curve.Count);
        Assert.True(curve.Zip(curve.Skip(1)).All(p => p.First.CostPerTonne <= p.Second.CostPerTonne));
        var offset = curve.Single(s => s.Measure == "ccer");
        Assert.Equal(1000, offset.AbatementPerUnit, 9);
        Assert.Equal(60, offset.CostPerTonne!.Value, 9); // opex only: 60,000 CNY a year for 1,000 t
        var forest = curve.Single(s => s.Measure == "forest");
        Assert.Equal((300000 * 0.05 / (1 - Math.Pow(1.05, -10)) + 5000) / 500, forest.CostPerTonne!.Value, 9);
        Assert.Equal(curve.Sum(s => s.AbatementPerUnit * s.MaxUnits), curve[^1].CumulativeAbatement, 6);
    }
}
