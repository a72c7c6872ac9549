using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Tests.Validation;

/// <summary>An administrator publishes a scheme version as JSON.</summary>
public class SchemeDefinitionReaderTests
{
    private const string MinimalPassFail = """
        {
          "id": "hunan-2040",
          "version": 1,
          "name": { "zh": "湖南 2040", "en": "Hunan 2040" },
          "method": "ndrc-910-2025",
          "status": "provisional",
          "source": "draft of the provincial plan",
          "result": "pass-fail",
          "indicators": [
            {
              "code": "CORE",
              "name": { "zh": "单位能耗碳排放", "en": "CO2 per unit of energy" },
              "kind": "number",
              "unit": "tCO2/tce",
              "source": "inventory",
              "figure": "intensity",
              "role": "core",
              "comparison": "at-most",
              "bands": { "basis": "energyConsumptionTce", "unit": "tce", "ranges": [ { "from": 20000, "threshold": 0.1 } ] }
            }
          ]
        }
        """;

    [Theory]
    [InlineData("cers-2025-provisional")]
    [InlineData("ndrc-910-2025")]
    [InlineData("hunan-2027")]
    [InlineData("hunan-2030")]
    [InlineData("hunan-2035")]
    public void Shipped_definitions_write_and_read_back_unchanged(string id)
    {
        var json = SchemeDefinitionReader.Write(SchemeCatalog.BuiltIn.Get(id));

        var read = SchemeDefinitionReader.Read(json);

        Assert.True(read.IsValid, string.Join("; ", read.Errors.Select(e => e.Message)));
        Assert.Equal(json, SchemeDefinitionReader.Write(read.Definition!));
    }

    [Fact]
    public void New_version_published_as_json_is_read_with_defaults()
    {
        var read = SchemeDefinitionReader.Read(MinimalPassFail);

        Assert.True(read.IsValid, string.Join("; ", read.Errors.Select(e => e.Message)));
        Assert.Equal(3, read.Definition!.CertificateValidityYears);
        Assert.Equal(SchemeStatus.Provisional, read.Definition.Status);
        Assert.Null(read.Definition.FindIndicator("CORE")!.Bands!.Ranges[0].To);
    }

    [Fact]
    public void Misspelt_field_is_refused_naming_it()
    {
        var read = SchemeDefinitionReader.Read(MinimalPassFail.Replace("\"threshold\": 0.1", "\"treshold\": 0.1"));

        var error = Assert.Single(read.Errors);
        Assert.Equal("unknown-field", error.Code);
        Assert.Contains("treshold", error.Field);
        Assert.Null(read.Definition);
    }

    [Fact]
    public void Unknown_status_is_refused_listing_the_allowed_ones()
    {
        var read = SchemeDefinitionReader.Read(MinimalPassFail.Replace("\"provisional\"", "\"draft\""));

        var error = Assert.Single(read.Errors);
        Assert.Equal(("status", "wrong-type"), (error.Field, error.Code));
        Assert.Contains("official, secondary-source, provisional", error.Message);
    }

    [Fact]
    public void Threshold_given_as_a_string_is_refused()
    {
        var read = SchemeDefinitionReader.Read(MinimalPassFail.Replace("\"threshold\": 0.1", "\"threshold\": \"0.1\""));

        var error = Assert.Single(read.Errors);
        Assert.Equal("wrong-type", error.Code);
        Assert.EndsWith("threshold", error.Field);
    }

    [Fact]
    public void Definition_without_method_and_status_gets_an_error_for_each()
    {
        var json = MinimalPassFail.Replace("\"method\": \"ndrc-910-2025\",", "").Replace("\"status\": \"provisional\",", "");

        var read = SchemeDefinitionReader.Read(json);

        Assert.Contains(read.Errors, e => e.Field == "method" && e.Code == "missing");
        Assert.Contains(read.Errors, e => e.Field == "status" && e.Code == "missing");
        Assert.Null(read.Definition);
    }

    [Fact]
    public void Field_given_twice_is_refused()
    {
        var read = SchemeDefinitionReader.Read(MinimalPassFail.Replace("\"version\": 1,", "\"version\": 1, \"version\": 2,"));

        var error = Assert.Single(read.Errors);
        Assert.Equal("duplicate-field", error.Code);
    }

    [Fact]
    public void Malformed_json_is_refused()
    {
        var read = SchemeDefinitionReader.Read("{ \"id\": ");

        Assert.Equal("invalid-json", Assert.Single(read.Errors).Code);
    }
}
