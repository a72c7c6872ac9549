using CarbonPlatform.Evaluation.Engine.Schemes;
using Google.OrTools.Sat;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

/// <summary>What the solver chose (indices into the choices) and whether it proved the choice optimal.</summary>
public sealed record Solution(IReadOnlyList<int> Chosen, long Cost, bool Optimal);

/// <summary>
/// CP-SAT: a yes/no per choice, at most one choice per measure, the target's conditions as linear constraints on the
/// target year's totals (each choice adds units × the measure's effect), minimal discounted cost. Coefficients are rounded
/// in the measures' favour (kilograms, whole yuan), so the model is a relaxation: the engine verifies every answer and
/// a rejected answer is cut off.
/// </summary>
public static class CpSatModel
{
    private const double Scale = 1000; // tonnes to kilograms

    public static Solution? Solve(Components baseline, IReadOnlyList<Components> effects, IReadOnlyList<LinearCondition> conditions,
        IReadOnlyList<Choice> choices, IReadOnlyList<IReadOnlyList<int>> cuts)
    {
        var model = new CpModel();
        var x = choices.Select((c, i) => model.NewBoolVar($"{c.Measure.Id}@{c.StartYear}x{c.Units}")).ToArray();
        foreach (var option in choices.Select((c, i) => (c, i)).GroupBy(p => p.c.Option))
            model.AddAtMostOne(option.Select(p => (ILiteral)x[p.i]));
        foreach (var condition in conditions) Constrain(model, x, baseline, effects, condition, choices);
        foreach (var cut in cuts)
            model.AddBoolOr(x.Select((v, i) => cut.Contains(i) ? v.Not() : (ILiteral)v));
        model.Minimize(LinearExpr.WeightedSum(x, choices.Select(c => (long)Math.Round(c.DiscountedCost)).ToArray()));

        var solver = new CpSolver { StringParameters = "num_workers:1,max_time_in_seconds:20" };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return null;
        var chosen = x.Select((v, i) => (v, i)).Where(p => solver.BooleanValue(p.v)).Select(p => p.i).ToList();
        return new(chosen, (long)solver.ObjectiveValue, status == CpSolverStatus.Optimal);
    }

    private static void Constrain(CpModel model, BoolVar[] x, Components baseline, IReadOnlyList<Components> effects, LinearCondition c,
        IReadOnlyList<Choice> choices)
    {
        var t = (double)c.Threshold;
        double Lhs(Components v) => v[c.Numerator] - t * v[c.Denominator];
        var atLeast = c.Comparison == Comparison.AtLeast;
        // AtLeast: base + Σ coef x ≥ 0; AtMost: base + Σ coef x ≤ 0. Rounded so that nothing feasible is lost.
        var coefficients = choices.Select(ch => Round(Lhs(effects[ch.Option]) * ch.Units * Scale, up: atLeast)).ToArray();
        var bound = Round(-Lhs(baseline) * Scale, up: !atLeast);
        if (atLeast) model.Add(LinearExpr.WeightedSum(x, coefficients) >= bound);
        else model.Add(LinearExpr.WeightedSum(x, coefficients) <= bound);
        if (c.Band is not { } band) return;
        var basis = choices.Select(ch => effects[ch.Option][band.Basis] * ch.Units * Scale).ToArray();
        model.Add(LinearExpr.WeightedSum(x, basis.Select(b => Round(b, up: true)).ToArray()) >= Round(((double)band.From - baseline[band.Basis]) * Scale, up: false));
        if (band.To is { } to)
            model.Add(LinearExpr.WeightedSum(x, basis.Select(b => Round(b, up: false)).ToArray()) <= Round(((double)to - baseline[band.Basis]) * Scale, up: true));
    }

    private static long Round(double value, bool up) => (long)(up ? Math.Ceiling(value) : Math.Floor(value));
}
