using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Pathways.Engine.Scenarios;

public sealed record ScenarioReadResult(Scenario? Scenario, IReadOnlyList<InputError> Errors);

/// <summary>
/// Reads a pathway request (<c>target</c>, <c>baseline</c>, <c>management</c>, <c>indicators</c>, <c>measures</c>,
/// <c>discountRate</c>) against a scheme version already found; every error names its field, e.g. <c>measures[1].percent</c>.
/// </summary>
public static class ScenarioReader
{
    public const int MaxHorizonYears = 50;

    public static ScenarioReadResult Read(JsonElement body, SchemeDefinition scheme)
    {
        var errors = new List<InputError>();
        var root = new Fields(body, "", errors);
        var target = ReadTarget(root, scheme, errors);
        var baseline = root.Object("baseline", required: true);
        int? baselineYear = null;
        if (baseline is { } b)
        {
            var fields = new Fields(b, "baseline", errors);
            baselineYear = fields.Integer("year", required: true, 1900, 2100);
            if (!b.TryGetProperty("lines", out var lines) || lines.ValueKind != JsonValueKind.Array)
                fields.Error("lines", "missing-field", "lines is required: the baseline's activity lines.");
            if (fields.String("method") is { } method && method != scheme.Method)
                fields.Error("method", "method-mismatch", $"Scheme {scheme.Id} evaluates inventories computed with method {scheme.Method}, not {method}.");
        }
        if (target is not null && baselineYear is { } y0 && (target.Year < y0 || target.Year > y0 + MaxHorizonYears))
            errors.Add(InputError.For("target.year", "out-of-range",
                $"target.year must be from the baseline year {y0} to {y0 + MaxHorizonYears}, not {target.Year}."));
        var discountRate = root.Number("discountRate", min: 0, max: 1) ?? 0;
        var inputs = EvaluationInputReader.Read(scheme, root.Object("indicators"), root.Object("management"));
        errors.AddRange(inputs.Errors);
        if (errors.Count > 0 || baseline is null || target is null || baselineYear is null) return new(null, errors);

        var baselineObject = JsonObjects.Of(baseline.Value);
        var measures = MeasureReader.ReadAll(body, baselineObject, baselineYear.Value, target.Year, errors);
        if (errors.Count > 0) return new(null, errors);
        return new(new Scenario
        {
            Scheme = scheme, Target = target, Baseline = baselineObject, BaselineYear = baselineYear.Value,
            Inputs = inputs.Inputs, Measures = measures, DiscountRate = discountRate,
        }, []);
    }

    private static Target? ReadTarget(Fields root, SchemeDefinition scheme, List<InputError> errors)
    {
        if (root.Object("target", required: true) is not { } t) return null;
        var fields = new Fields(t, "target", errors);
        var year = fields.Integer("year", required: true, 1900, 2100);
        var grade = fields.String("grade");
        var graded = scheme.Result == ResultKind.Grades;
        if (graded && grade is null)
            fields.Error("grade", "missing-field", $"grade is required: one of {string.Join(", ", scheme.Grades.Select(g => g.Grade))}.");
        else if (graded && Target.Rank(scheme, grade!) < 0)
            fields.Error("grade", "unknown-grade", $"{scheme.Id} has no grade '{grade}': one of {string.Join(", ", scheme.Grades.Select(g => g.Grade))}.");
        else if (!graded && grade is not null and not "pass")
            fields.Error("grade", "unknown-grade", $"{scheme.Id} is pass or fail: grade is \"pass\" or left out.");
        return year is null ? null : new Target(graded ? grade : null, year.Value);
    }
}
