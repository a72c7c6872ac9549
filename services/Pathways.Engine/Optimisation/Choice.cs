using CarbonPlatform.Pathways.Engine.Measures;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

/// <summary>One way to take an optional measure: <see cref="Units"/> of it from <see cref="StartYear"/>, still active in the target year.</summary>
public sealed record Choice(int Option, Measure Measure, int Units, int StartYear, double DiscountedCost)
{
    public Measure Taken => Measure.Times(Units, StartYear);

    /// <summary>Every start year from which the measure is still active in the target year, times every number of units.</summary>
    public static IReadOnlyList<Choice> All(Scenario scenario, IReadOnlyList<Measure> options)
    {
        var target = scenario.Target.Year;
        var choices = new List<Choice>();
        for (var i = 0; i < options.Count; i++)
        {
            var m = options[i];
            var first = Math.Max(m.StartYear, m.LifetimeYears is { } l ? target - l + 1 : m.StartYear);
            for (var start = first; start <= target; start++)
                for (var units = 1; units <= m.MaxUnits; units++)
                {
                    var taken = m.Times(units, start);
                    choices.Add(new(i, m, units, start, scenario.Years.Sum(y => taken.Cost(y) * scenario.Discount(y))));
                }
        }
        return choices;
    }
}
