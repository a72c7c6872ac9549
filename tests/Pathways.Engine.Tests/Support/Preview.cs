using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Evaluation.Engine.Evaluating;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Pathways.Engine.Tests.Support;

/// <summary>What POST /evaluation-previews answers for a calculation request: the calculation's totals, the grade and pass.</summary>
public sealed record PreviewResult(JsonElement Totals, string? Grade, bool? Passed);

public static class Preview
{
    public static PreviewResult Of(string schemeId, JsonObject request, string? management = null, string? indicators = null)
    {
        var scheme = SchemeCatalog.BuiltIn.Get(schemeId);
        var calculated = EngineCalculator.Calculate(request.ToJsonString());
        Assert.True(calculated.Inventory is not null, "the preview's inventory is invalid: " + string.Join("; ", calculated.Errors));
        var figures = InventoryFiguresReader.Read(calculated.Inventory!.Value).Figures!;
        var inputs = EvaluationInputReader.Read(scheme, Parse(indicators), Parse(management));
        Assert.Empty(inputs.Errors);
        var result = SchemeEvaluator.Evaluate(scheme, figures, inputs.Inputs);
        return new(calculated.Inventory.Value.GetProperty("totals").Clone(), result.Grade, result.Passed);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
