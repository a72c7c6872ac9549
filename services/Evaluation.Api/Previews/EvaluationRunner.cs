using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Evaluating;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Schemes;

namespace CarbonPlatform.Evaluation.Previews;

public sealed record EvaluationRun(EvaluationResult? Result, InventoryFigures? Figures, IReadOnlyList<InputError> Errors);

/// <summary>An inventory (the accounting result's JSON), the caller's indicators and management values, one scheme version: a result or every error.</summary>
public static class EvaluationRunner
{
    public static EvaluationRun Run(SchemeDefinition scheme, string inventoryJson, JsonElement? indicators, JsonElement? management,
        IReadOnlyDictionary<string, ScalarValue>? computedManagement = null)
    {
        using var inventory = JsonDocument.Parse(inventoryJson);
        var figures = InventoryFiguresReader.Read(inventory.RootElement);
        var inputs = EvaluationInputReader.Read(scheme, Present(indicators), Present(management));
        var errors = figures.Errors.Concat(inputs.Errors).ToList();
        if (errors.Count > 0) return new(null, null, errors);
        var problems = SchemeEvaluator.Check(scheme, figures.Figures!);
        if (problems.Count > 0) return new(null, null, problems.ToList());
        var evaluated = computedManagement is { Count: > 0 } ? inputs.Inputs.WithComputedManagement(computedManagement) : inputs.Inputs;
        return new(SchemeEvaluator.Evaluate(scheme, figures.Figures!, evaluated), figures.Figures, []);
    }

    private static JsonElement? Present(JsonElement? e) => e is { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } ? e : null;
}
