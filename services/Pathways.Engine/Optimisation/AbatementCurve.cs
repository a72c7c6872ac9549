using CarbonPlatform.Pathways.Engine.Measures;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

/// <summary>The marginal abatement cost curve of the optional measures, from their effects on the target year's totals.</summary>
public static class AbatementCurve
{
    public static IReadOnlyList<AbatementCost> Build(Scenario scenario, IReadOnlyList<Measure> options, IReadOnlyList<Components> effects, bool ndrc)
    {
        var steps = options.Select((m, i) =>
        {
            var abatement = -effects[i].Emitted(ndrc);
            var annual = m.Capex * CapitalRecovery(scenario.DiscountRate, m.LifetimeYears ?? scenario.Target.Year - m.StartYear + 1) + m.OpexPerYear;
            return new AbatementCost(m.Id, m.Kind.Name(), abatement, m.MaxUnits, annual, abatement > 1e-9 ? annual / abatement : null, 0);
        }).OrderBy(s => s.CostPerTonne ?? double.PositiveInfinity).ToList();
        var cumulative = 0.0;
        return steps.Select(s => s with { CumulativeAbatement = cumulative += Math.Max(0, s.AbatementPerUnit) * s.MaxUnits }).ToList();
    }

    /// <summary>The share of a capital cost paid each year to repay it over <paramref name="years"/> at <paramref name="rate"/>.</summary>
    public static double CapitalRecovery(double rate, int years) =>
        rate <= 0 ? 1.0 / years : rate / (1 - Math.Pow(1 + rate, -years));
}
