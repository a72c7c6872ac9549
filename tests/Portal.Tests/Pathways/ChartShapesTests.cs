using CarbonPlatform.Portal.Pathways;
using Xunit;

namespace CarbonPlatform.Portal.Tests.Pathways;

public sealed class ChartShapesTests
{
    [Fact]
    public void Each_step_of_the_cost_curve_is_as_wide_as_it_abates_and_as_high_as_it_costs_a_tonne()
    {
        var curve = new List<AbatementStep>
        {
            new("sink", "carbon-sink", 10, 3, 500, 50, 30),
            new("ccer", "offset", 100, 1, 10_000, 100, 130),
            new("pv", "onsite-generation", 0, 2, 1_000, null, 130),
        };

        var steps = CurveStep.From(curve);

        Assert.Equal(["sink", "ccer"], steps.Select(s => s.Step.Measure));
        Assert.Equal(30, steps[0].Abatement);
        Assert.Equal(0, steps[0].X);
        Assert.Equal(30.0 / 130 * 100, steps[0].Width, 9);
        Assert.Equal(steps[0].Width, steps[1].X, 9);
        Assert.Equal(100, steps[0].X + steps[0].Width + steps[1].Width, 9);
        Assert.Equal(50, steps[0].Height, 9);
        Assert.Equal(100, steps[1].Height, 9);
    }

    [Fact]
    public void The_trajectory_shows_market_based_gross_emissions_and_neutralisation_with_each_years_grade()
    {
        var projection = Samples.Parse<PathwayProjectionView>("""
            {"scheme":"cers-2025-provisional","schemeVersion":1,"target":"A","targetYear":2026,"reachesTarget":true,"firstYearAtTarget":2026,"totalCost":1,"discountedTotalCost":1,
             "years":[{"year":2025,"totals":{"grossLocation":900,"grossMarket":1000,"neutralisation":0},"grade":null,"passed":false,"atTarget":false,"cost":0,"cumulativeCost":0,"activeMeasures":[]},
                      {"year":2026,"totals":{"grossLocation":900,"grossMarket":1000,"neutralisation":800},"grade":"A","passed":true,"atTarget":true,"cost":1,"cumulativeCost":1,"activeMeasures":["offset"]}]}
            """);

        var points = TrajectoryPoint.From(projection);

        Assert.Equal([new TrajectoryPoint(2025, 1000, 0, null, false, false), new TrajectoryPoint(2026, 1000, 800, "A", true, true)], points);
    }
}
