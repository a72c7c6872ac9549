using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Evaluating;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Pathways.Engine.Measures;
using CarbonPlatform.Pathways.Engine.Scenarios;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Pathways.Engine.Projection;

public sealed record ProjectionOutcome(PathwayProjection? Projection, IReadOnlyList<InputError> Errors);

/// <summary>
/// Projects a scenario year by year: each year's request is the baseline's with that year's measures applied, calculated
/// by the accounting engine and graded by the scheme evaluator, the same code as inventories and evaluations.
/// </summary>
public static class Projector
{
    public static async Task<ProjectionOutcome> ProjectAsync(Scenario scenario, IInventoryCalculator calculator, CancellationToken ct)
    {
        var (ncv, errors) = await BaselineNcvAsync(scenario, calculator, ct);
        if (ncv is null) return new(null, errors);

        var years = new List<ProjectedYear>();
        var cumulative = 0.0;
        foreach (var year in scenario.Years)
        {
            var outcome = await ProjectYearAsync(scenario, scenario.Measures, year, ncv, calculator, ct);
            if (outcome.Errors.Count > 0) return new(null, outcome.Errors);
            var projected = outcome.Year!;
            cumulative += projected.Cost;
            years.Add(projected with { CumulativeCost = cumulative });
        }
        var targetYear = years[^1];
        return new(new PathwayProjection(scenario.Scheme.Id, scenario.Scheme.Version, scenario.Target.Describe, scenario.Target.Year, years,
            targetYear.AtTarget, years.FirstOrDefault(y => y.AtTarget)?.Year, cumulative,
            years.Sum(y => y.Cost * scenario.Discount(y.Year))), []);
    }

    /// <summary>The baseline calculated as it is (its errors are the request's, under <c>baseline.</c>), and the NCV of each fuel line.</summary>
    internal static async Task<(IReadOnlyDictionary<string, double>? Ncv, IReadOnlyList<InputError> Errors)> BaselineNcvAsync(
        Scenario scenario, IInventoryCalculator calculator, CancellationToken ct)
    {
        var baseline = await calculator.CalculateAsync(scenario.Baseline, ct);
        if (baseline.Inventory is not { } inventory)
            return (null, baseline.Errors.Select(e => e with { Field = $"baseline.{e.Field}" }).ToList());
        var ncv = BaselineNcv.Read(inventory);
        var missing = scenario.Measures.Where(m => m.Kind == MeasureKind.FuelSwitch && !ncv.ContainsKey(m.Line!)).ToList();
        return missing.Count == 0 ? (ncv, []) : (null, missing.Select(m => InputError.For($"measures[{Index(scenario, m)}].line", "no-ncv",
            $"the baseline's calculation gives no NCV for '{m.Line}'.")).ToList());
    }

    internal sealed record YearOutcome(ProjectedYear? Year, IReadOnlyList<InputError> Errors);

    /// <summary>One year with the given measures (the optimiser calls this with candidate measures).</summary>
    internal static async Task<YearOutcome> ProjectYearAsync(Scenario scenario, IReadOnlyList<Measure> measures, int year,
        IReadOnlyDictionary<string, double> ncv, IInventoryCalculator calculator, CancellationToken ct)
    {
        var lines = YearLines.Build(scenario.BaselineLines, measures, year, ncv);
        var request = (JsonObject)scenario.Baseline.DeepClone();
        request["year"] = year;
        request["lines"] = new JsonArray(lines.Select(l => (JsonNode)l.Line.DeepClone()).ToArray());
        var calculated = await calculator.CalculateAsync(request, ct);
        if (calculated.Inventory is not { } inventory)
            return new(null, calculated.Errors.Select(e => e with { Field = $"projection[{year}].{e.Field}" }).ToList());
        var figures = InventoryFiguresReader.Read(inventory);
        if (!figures.IsValid) return new(null, figures.Errors);
        var problems = SchemeEvaluator.Check(scenario.Scheme, figures.Figures!);
        if (problems.Count > 0) return new(null, problems);
        var evaluation = SchemeEvaluator.Evaluate(scenario.Scheme, figures.Figures!, scenario.Inputs);
        return new(new ProjectedYear(year, inventory.GetProperty("totals").Clone(), evaluation.Grade, evaluation.Passed,
            evaluation.ManagementScore, scenario.Target.IsMetBy(scenario.Scheme, evaluation.Grade, evaluation.Passed),
            measures.Sum(m => m.Cost(year)), 0,
            measures.Where(m => m.Kind != MeasureKind.Growth ? m.IsActive(year) : m.ActiveYearsUpTo(year) > 0).Select(m => m.Id).ToList(),
            lines.Where(l => l.Changes.Count > 0).Select(LineLineage.Of).ToList())
        {
            Evaluation = evaluation, Figures = figures.Figures,
        }, []);
    }

    private static int Index(Scenario scenario, Measure m) => scenario.Measures.ToList().IndexOf(m);
}
