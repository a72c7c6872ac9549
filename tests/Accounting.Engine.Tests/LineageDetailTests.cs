using System.Text.Json;
using CarbonPlatform.Accounting.Engine.Results;
using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>The result written line by line (CalculationJsonWriter) with full, factor or no lineage.</summary>
public class LineageDetailTests
{
    private const string Lines = """
        { "id": "gas", "kind": "fuel-combustion", "quantity": 10, "unit": "10^4Nm3", "fuel": "natural-gas" },
        { "id": "chiller", "kind": "ghg-release", "quantity": 0.35, "unit": "t", "gas": "HFC-134a" },
        { "id": "trucks", "kind": "scope3", "quantity": 420.5, "unit": "tCO2e", "category": 4 },
        { "id": "grid", "kind": "purchased-electricity", "quantity": 100, "unit": "MWh" }
        """;

    private static string Written(CalculationResult result, Lineage lineage)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CalculationJsonWriter.WriterOptions)) CalculationJsonWriter.Write(writer, result, lineage);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData("cers-2025")]
    [InlineData("ndrc-910-2025")]
    public void Full_lineage_written_line_by_line_is_the_serialisers_document(string method)
    {
        var result = Result(Request(method, 2024, Lines));
        Assert.Equal(EngineJson.Serialize(result), Written(result, Lineage.Full));
    }

    [Fact]
    public void No_lineage_keeps_the_figures_and_flags_of_each_line_and_every_total()
    {
        var result = Result(Cers(Lines));
        var full = JsonDocument.Parse(Written(result, Lineage.Full)).RootElement;
        var none = JsonDocument.Parse(Written(result, Lineage.None)).RootElement;
        foreach (var name in new[] { "method", "year", "gwpSet", "factorRelease", "totals", "gases", "scope3Categories", "flags" })
            Assert.Equal(full.GetProperty(name).GetRawText(), none.GetProperty(name).GetRawText());
        Assert.False(none.TryGetProperty("factors", out _));
        var line = none.GetProperty("lines")[0];
        Assert.Equal(["id", "kind", "scope", "co2e", "excluded", "flags"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Lines[0].Co2e, line.GetProperty("co2e").GetDouble());
    }

    [Fact]
    public void Factor_lineage_keeps_only_the_inputs_that_are_factors_with_their_status()
    {
        var result = Result(Cers(Lines));
        var factors = JsonDocument.Parse(Written(result, Lineage.Factors)).RootElement;
        var gas = factors.GetProperty("lines")[0];
        Assert.False(gas.TryGetProperty("formula", out _));
        Assert.False(gas.TryGetProperty("intermediates", out _));
        var expected = result.Lines[0].Inputs.Where(i => i.Status is not null).Select(i => i.Origin).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < result.Lines[0].Inputs.Length);
        Assert.Equal(expected, gas.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("origin").GetString()));
        Assert.Equal(result.Factors.Count, factors.GetProperty("factors").GetArrayLength());
    }

    [Theory]
    [InlineData(null, Lineage.Full)]
    [InlineData("full", Lineage.Full)]
    [InlineData("factors", Lineage.Factors)]
    [InlineData("none", Lineage.None)]
    public void Lineage_names_read_as_their_level(string? name, Lineage expected)
    {
        Assert.True(LineageNames.TryParse(name, out var lineage));
        Assert.Equal(expected, lineage);
    }

    [Theory]
    [InlineData("Full")]
    [InlineData("1")]
    [InlineData("")]
    public void Other_lineage_names_are_not_read(string name) => Assert.False(LineageNames.TryParse(name, out _));
}
