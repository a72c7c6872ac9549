using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Evaluating;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Tests.Support;

/// <summary>Runs a shipped scheme on figures and the request's JSON, as the API would.</summary>
internal static class Evaluate
{
    public static EvaluationResult With(string schemeId, InventoryFigures figures, string indicators = "{}", string management = "{}")
    {
        var scheme = SchemeCatalog.BuiltIn.Get(schemeId);
        var read = EvaluationInputReader.Read(scheme, Json(indicators), Json(management));
        Assert.True(read.IsValid, string.Join("; ", read.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return SchemeEvaluator.Evaluate(scheme, figures, read.Inputs);
    }

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static IndicatorOutcome Indicator(this EvaluationResult result, string code) =>
        Assert.Single(result.Indicators, i => i.Code == code);

    public static Outcome OutcomeOf(this EvaluationResult result, string code) => result.Indicator(code).Outcome;
}
