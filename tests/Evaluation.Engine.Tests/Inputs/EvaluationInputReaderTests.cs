using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Inputs;

/// <summary>The request's <c>indicators</c> and <c>management</c>, read against a scheme.</summary>
public class EvaluationInputReaderTests
{
    private static readonly SchemeDefinition National = SchemeCatalog.BuiltIn.Get("ndrc-910-2025");
    private static readonly SchemeDefinition Cers = SchemeCatalog.BuiltIn.Get("cers-2025-provisional");

    [Fact]
    public void Numbers_yes_no_and_exclusions_are_read()
    {
        var read = EvaluationInputReader.Read(National,
            Evaluate.Json("""{ "G1": 0.93, "G2": true, "G4": { "excluded": "  no waste heat  " } }"""), null);

        Assert.True(read.IsValid);
        Assert.Equal(0.93m, read.Inputs.Indicators["G1"].Value!.Number);
        Assert.True(read.Inputs.Indicators["G2"].Value!.Flag);
        Assert.Equal("no waste heat", read.Inputs.Indicators["G4"].ExclusionReason);
    }

    [Fact]
    public void Absent_or_null_objects_and_null_values_mean_no_value()
    {
        var read = EvaluationInputReader.Read(National, Evaluate.Json("""{ "G1": null }"""), Evaluate.Json("null"));

        Assert.True(read.IsValid);
        Assert.Empty(read.Inputs.Indicators);
        Assert.True(EvaluationInputReader.Read(National, null, null).IsValid);
    }

    [Fact]
    public void Unknown_indicator_code_is_an_error_naming_the_field()
    {
        var read = EvaluationInputReader.Read(National, Evaluate.Json("""{ "G9": 0.5 }"""), null);

        var error = Assert.Single(read.Errors);
        Assert.Equal((null, "indicators.G9", "unknown-indicator"), (error.Line, error.Field, error.Code));
        Assert.Contains("G1, G2, G3, G4, G5", error.Message);
    }

    [Theory]
    [InlineData("""{ "G1": true }""", "indicators.G1", "wrong-type")]
    [InlineData("""{ "G1": "0.9" }""", "indicators.G1", "wrong-type")]
    [InlineData("""{ "G2": 1 }""", "indicators.G2", "wrong-type")]
    [InlineData("""{ "G1": 93 }""", "indicators.G1", "out-of-range")]
    [InlineData("""{ "G3": -0.1 }""", "indicators.G3", "out-of-range")]
    [InlineData("""{ "G4": { "excluded": "" } }""", "indicators.G4.excluded", "exclusion-reason-missing")]
    [InlineData("""{ "G4": { "reason": "none" } }""", "indicators.G4.reason", "unknown-field")]
    [InlineData("""{ "D1": 0.6 }""", "indicators.D1", "not-declarable")]
    [InlineData("""{ "CORE": 0.1 }""", "indicators.CORE", "not-declarable")]
    [InlineData("""[ 0.9 ]""", "indicators", "not-an-object")]
    public void Wrong_indicator_values_are_errors(string json, string field, string code)
    {
        var read = EvaluationInputReader.Read(National, Evaluate.Json(json), null);

        Assert.Contains(read.Errors, e => e.Field == field && e.Code == code);
        Assert.False(read.IsValid);
    }

    [Fact]
    public void Management_values_from_the_request_are_declared()
    {
        var read = EvaluationInputReader.Read(Cers, null, Evaluate.Json("""{ "P1": true, "P2": 0.95, "L2": 6 }"""));

        Assert.True(read.IsValid);
        Assert.All(read.Inputs.Management.Values, m => Assert.Equal(ValueProvenance.Declared, m.Provenance));
        Assert.Equal(6m, read.Inputs.Management["L2"].Value.Number);
    }

    [Theory]
    [InlineData("""{ "P6": true }""", "management.P6", "unknown-management-item")]
    [InlineData("""{ "P1": 1 }""", "management.P1", "wrong-type")]
    [InlineData("""{ "P2": true }""", "management.P2", "wrong-type")]
    [InlineData("""{ "P2": 95 }""", "management.P2", "out-of-range")]
    [InlineData("""{ "L2": -1 }""", "management.L2", "out-of-range")]
    public void Wrong_management_values_are_errors(string json, string field, string code)
    {
        var read = EvaluationInputReader.Read(Cers, null, Evaluate.Json(json));

        var error = Assert.Single(read.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void Management_for_a_scheme_without_a_management_score_is_an_error()
    {
        var read = EvaluationInputReader.Read(National, null, Evaluate.Json("""{ "P1": true }"""));

        Assert.Equal(("management.P1", "unknown-management-item"), (read.Errors[0].Field, read.Errors[0].Code));
    }

    [Fact]
    public void Indicators_for_the_graded_scheme_are_computed_and_cannot_be_given()
    {
        var read = EvaluationInputReader.Read(Cers, Evaluate.Json("""{ "R12": 1.0, "G1": 0.9 }"""), null);

        Assert.Equal(["indicators.R12:not-declarable", "indicators.G1:unknown-indicator"], read.Errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var read = EvaluationInputReader.Read(Cers, Evaluate.Json("""{ "X": 1 }"""), Evaluate.Json("""{ "P1": 2, "P2": 3, "Q": true }"""));

        Assert.Equal(4, read.Errors.Count);
    }
}
