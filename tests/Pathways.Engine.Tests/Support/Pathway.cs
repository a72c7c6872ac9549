using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Pathways.Engine.Projection;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Pathways.Engine.Tests.Support;

/// <summary>Pathway requests as the endpoint takes them, read and projected with the in-process engine.</summary>
public static class Pathway
{
    public static string Request(string scheme, string target, string baseline, string measures, string management = "null",
        string indicators = "null", double discountRate = 0) =>
        $$"""{ "scheme": "{{scheme}}", "target": {{target}}, "baseline": {{baseline}}, "management": {{management}}, "indicators": {{indicators}}, "measures": [ {{measures}} ], "discountRate": {{discountRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""";

    public static ScenarioReadResult Read(string request)
    {
        using var document = JsonDocument.Parse(request);
        var scheme = SchemeCatalog.BuiltIn.Get(document.RootElement.GetProperty("scheme").GetString()!);
        return ScenarioReader.Read(document.RootElement, scheme);
    }

    public static Scenario Scenario(string request)
    {
        var read = Read(request);
        Assert.True(read.Scenario is not null, "the scenario is invalid: " + string.Join("; ", read.Errors));
        return read.Scenario!;
    }

    public static PathwayProjection Project(string request)
    {
        var outcome = Projector.ProjectAsync(Scenario(request), new EngineCalculator(), CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(outcome.Projection is not null, "the projection failed: " + string.Join("; ", outcome.Errors));
        return outcome.Projection!;
    }

    /// <summary>Every total of the two calculations equal (both are the engine's output, so exactly, up to rounding of a sum).</summary>
    public static void SameTotals(JsonElement expected, JsonElement actual)
    {
        foreach (var total in expected.EnumerateObject())
        {
            var other = actual.GetProperty(total.Name);
            if (total.Value.ValueKind != JsonValueKind.Number) { Assert.Equal(total.Value.ValueKind, other.ValueKind); continue; }
            var (e, a) = (total.Value.GetDouble(), other.GetDouble());
            Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{total.Name}: expected {e}, got {a}");
        }
    }
}
