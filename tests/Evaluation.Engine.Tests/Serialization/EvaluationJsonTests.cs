using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Serialization;

/// <summary>The result serializes to the preview response of api-v1.md.</summary>
public class EvaluationJsonTests
{
    [Fact]
    public void Pass_fail_result_has_the_api_fields_with_kebab_case_values_and_explicit_nulls()
    {
        var result = Evaluate.With("ndrc-910-2025", HandFigures.Ndrc910(gas: 100m, purchasedMwh: 100_000m, directGreenMwh: 95_000m),
            """{ "G1": 0.95, "G2": true, "G4": { "excluded": "no waste heat" } }""");

        using var json = JsonDocument.Parse(EvaluationJson.Serialize(result));
        var root = json.RootElement;

        Assert.Equal("ndrc-910-2025", root.GetProperty("scheme").GetString());
        Assert.Equal("official", root.GetProperty("schemeStatus").GetString());
        Assert.Equal("ndrc-910-2025", root.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("grade").ValueKind);
        Assert.Equal(JsonValueKind.False, root.GetProperty("passed").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("managementScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("nextGrade").ValueKind);
        var indicators = root.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal("not-applicable", indicators["CORE"].GetProperty("outcome").GetString());
        Assert.Equal("excluded", indicators["G4"].GetProperty("outcome").GetString());
        Assert.Equal("not-met", indicators["G3"].GetProperty("outcome").GetString());
        Assert.Equal(0.95m, indicators["G1"].GetProperty("value").GetDecimal());
        Assert.Equal(0.90m, indicators["G1"].GetProperty("threshold").GetDecimal());
        Assert.Equal(JsonValueKind.True, indicators["G2"].GetProperty("value").ValueKind);
        Assert.Equal("at-least", indicators["G1"].GetProperty("comparison").GetString());
        Assert.Equal("no waste heat", indicators["G4"].GetProperty("excludedReason").GetString());
        Assert.All(indicators.Values, i => Assert.Equal(JsonValueKind.String, i.GetProperty("explanation").ValueKind));
    }

    [Fact]
    public void Graded_result_has_grade_score_management_provenance_and_next_grade()
    {
        var result = Evaluate.With("cers-2025-provisional", HandFigures.Cers2025(offsetTonnes: 1800m), management: Requests.MiddlingManagement);

        using var json = JsonDocument.Parse(EvaluationJson.Serialize(result));
        var root = json.RootElement;

        Assert.Equal("provisional", root.GetProperty("schemeStatus").GetString());
        Assert.Equal("B", root.GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("passed").ValueKind);
        Assert.Equal(64m, root.GetProperty("managementScore").GetDecimal());
        Assert.Contains("PROVISIONAL", root.GetProperty("notice").GetString());
        Assert.Equal("declared", root.GetProperty("management")[0].GetProperty("provenance").GetString());
        Assert.Equal("yes-no", root.GetProperty("management")[0].GetProperty("kind").GetString());
        var next = root.GetProperty("nextGrade");
        Assert.Equal("A", next.GetProperty("grade").GetString());
        Assert.Equal(2, next.GetProperty("missing").GetArrayLength());
        Assert.Equal("raise-management-score", next.GetProperty("steps")[1].GetProperty("kind").GetString());
        Assert.Equal("neutralise 866.8 tCO2e more, raising the carbon-neutrality ratio of scopes 1+2 from 0.5400 to 0.80",
            next.GetProperty("steps")[0].GetProperty("text").GetProperty("en").GetString());
    }

    [Fact]
    public void Options_are_read_only_and_shared()
    {
        Assert.True(EvaluationJson.Options.IsReadOnly);
        Assert.Same(EvaluationJson.Options, EvaluationJson.Options);
        Assert.Equal(JsonNamingPolicy.CamelCase, EvaluationJson.Options.PropertyNamingPolicy);
    }
}
