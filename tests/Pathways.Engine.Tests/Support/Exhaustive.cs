using CarbonPlatform.Pathways.Engine.Measures;
using CarbonPlatform.Pathways.Engine.Projection;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Pathways.Engine.Tests.Support;

/// <summary>
/// Every combination of the optional measures (none, or any number of units from any start year), each projected by the
/// engine in full: the cheapest discounted cost of those that reach the target. Independent of the optimiser's model.
/// </summary>
public static class Exhaustive
{
    public static (double? Cost, int Combinations) Cheapest(Scenario scenario)
    {
        var growth = scenario.Measures.Where(m => m.Kind == MeasureKind.Growth).ToList();
        var ways = scenario.Measures.Where(m => m.Kind != MeasureKind.Growth)
            .Select(m => new Measure?[] { null }.Concat(
                from start in Enumerable.Range(m.StartYear, scenario.Target.Year - m.StartYear + 1)
                from units in Enumerable.Range(1, m.MaxUnits)
                select m.Times(units, start)).ToList())
            .ToList();
        double? best = null;
        var combinations = 0;
        foreach (var combination in Product(ways))
        {
            combinations++;
            var measures = growth.Concat(combination.OfType<Measure>()).ToList();
            var projection = Projector.ProjectAsync(scenario with { Measures = measures }, new EngineCalculator(), CancellationToken.None)
                .GetAwaiter().GetResult().Projection!;
            if (projection.ReachesTarget && (best is null || projection.DiscountedTotalCost < best)) best = projection.DiscountedTotalCost;
        }
        return (best, combinations);
    }

    private static IEnumerable<IReadOnlyList<Measure?>> Product(List<List<Measure?>> ways) =>
        ways.Aggregate((IEnumerable<IReadOnlyList<Measure?>>)[[]], (acc, options) =>
            acc.SelectMany(prefix => options.Select(o => (IReadOnlyList<Measure?>)[.. prefix, o])));
}
