using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Pathways.Engine.Measures;
using CarbonPlatform.Pathways.Engine.Projection;
using CarbonPlatform.Pathways.Engine.Scenarios;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

public sealed record OptimisationOutcome(PathwayOptimisation? Optimisation, IReadOnlyList<InputError> Errors);

/// <summary>
/// The cheapest way to the target: growth measures always apply; every other measure may be taken (in units of its
/// quantity up to its maximum, from any year that leaves it active in the target year) or not. Each measure's effect on
/// the target year's totals is measured with the engine; the target's conditions are linear in those totals, so CP-SAT
/// finds the least discounted cost; the engine then projects that answer, and an answer it rejects (measures that
/// interact, capped green electricity) is cut off and the model solved again. Interactions only ever lessen a
/// combination's effect, so the first answer the engine confirms is the optimum.
/// </summary>
public static class PathwayOptimiser
{
    public const int MaxRounds = 25;

    public static async Task<OptimisationOutcome> OptimiseAsync(Scenario scenario, IInventoryCalculator calculator, CancellationToken ct)
    {
        var (ncv, errors) = await Projector.BaselineNcvAsync(scenario, calculator, ct);
        if (ncv is null) return new(null, errors);
        var target = scenario.Target.Year;
        var growth = scenario.Measures.Where(m => m.Kind == MeasureKind.Growth).ToList();
        var options = scenario.Measures.Where(m => m.Kind != MeasureKind.Growth).ToList();

        var bare = await Projector.ProjectYearAsync(scenario, growth, target, ncv, calculator, ct);
        if (bare.Year is null) return new(null, bare.Errors);
        var baseline = Components.Of(bare.Year.Figures!);
        var effects = new List<Components>();
        foreach (var option in options)
        {
            var with = await Projector.ProjectYearAsync(scenario, [.. growth, option.Times(1, target)], target, ncv, calculator, ct);
            if (with.Year is null) return new(null, with.Errors);
            effects.Add(Components.Of(with.Year.Figures!) - baseline);
        }
        var ndrc = scenario.Scheme.Method == AccountingMethods.Ndrc910;
        var curve = AbatementCurve.Build(scenario, options, effects, ndrc);
        var conditions = TargetConditionReader.Read(scenario, bare.Year.Evaluation!);
        var answer = new PathwayOptimisation(scenario.Scheme.Id, scenario.Scheme.Version, scenario.Target.Describe, target, false,
            conditions.Blocking, [], null, false, null, curve, 0, 0);
        if (conditions.Blocking.Count > 0) return new(answer, []);

        var choices = Choice.All(scenario, options);
        (Solution Solution, PathwayProjection Projection)? best = null;
        var (runs, rejected) = (0, 0);
        foreach (var conditionCase in conditions.Cases)
        {
            var cuts = new List<IReadOnlyList<int>>();
            while (cuts.Count < MaxRounds)
            {
                runs++;
                var solution = CpSatModel.Solve(baseline, effects, conditionCase, choices, cuts);
                if (solution is null || best is { } b && solution.Cost >= b.Solution.Cost) break;
                var taken = growth.Concat(solution.Chosen.Select(i => choices[i].Taken)).ToList();
                var projected = await Projector.ProjectAsync(scenario with { Measures = taken }, calculator, ct);
                if (projected.Projection is null) return new(null, projected.Errors);
                if (projected.Projection.ReachesTarget)
                {
                    best = (solution, projected.Projection);
                    break;
                }
                rejected++;
                cuts.Add(solution.Chosen);
            }
        }
        if (best is not { } found)
            return new(answer with { Reasons = await WhyNotAsync(scenario, growth, options, ncv, calculator, conditions, ct), SolverRuns = runs, RejectedByEngine = rejected }, []);
        var chosen = found.Solution.Chosen.Select(i => choices[i])
            .Select(c => new ChosenMeasure(c.Measure.Id, c.Measure.Kind.Name(), c.Units, c.Taken.Quantity, c.Measure.Kind.Unit(), c.StartYear, c.DiscountedCost))
            .ToList();
        return new(answer with
        {
            Reachable = true, Measures = chosen, DiscountedTotalCost = found.Projection.DiscountedTotalCost, ProvenOptimal = found.Solution.Optimal,
            Projection = found.Projection, SolverRuns = runs, RejectedByEngine = rejected,
        }, []);
    }

    /// <summary>Every optional measure at its maximum in the target year, through the engine: which condition still fails, and by how much.</summary>
    private static async Task<IReadOnlyList<string>> WhyNotAsync(Scenario scenario, List<Measure> growth, List<Measure> options,
        IReadOnlyDictionary<string, double> ncv, IInventoryCalculator calculator, TargetConditions conditions, CancellationToken ct)
    {
        var target = scenario.Target.Year;
        var all = growth.Concat(options.Select(o => o.Times(o.MaxUnits, target))).ToList();
        var year = await Projector.ProjectYearAsync(scenario, all, target, ncv, calculator, ct);
        var figures = year.Year?.Figures;
        var reasons = new List<string>();
        foreach (var condition in conditions.Cases.SelectMany(c => c).DistinctBy(c => (c.Indicator, c.Threshold)))
        {
            var value = figures?.GetNumber(condition.Figure);
            var basis = condition.Band is { } band ? $" (where {band.Basis} is {band.From}{(band.To is { } to ? $" to {to}" : " or more")})" : "";
            reasons.Add($"With every measure at its maximum in {target}, {condition.Figure} would be {(value is { } v ? Format.Number(v) : "undefined")}; " +
                $"{scenario.Target.Describe} needs {condition.Figure} {(condition.Comparison == Evaluation.Engine.Schemes.Comparison.AtLeast ? "≥" : "≤")} {Format.Number(condition.Threshold)}{basis}.");
        }
        if (reasons.Count == 0) reasons.Add($"No combination of the measures reaches {scenario.Target.Describe} in {target} by the engine's calculation.");
        return reasons;
    }
}
