using System.Text.Json.Nodes;

namespace CarbonPlatform.Pathways.Engine.Tests.Support;

/// <summary>Baselines and request fragments of the pathway tests.</summary>
public static class Baselines
{
    /// <summary>A cers-2025 park of 2025: a gas boiler, coal, purchased electricity, scope 3 and a small sink.</summary>
    public const string Cers = """
        { "method": "cers-2025", "year": 2025, "lines": [
          { "id": "boiler-gas", "kind": "fuel-combustion", "fuel": "natural-gas", "quantity": 100, "unit": "10^4Nm3" },
          { "id": "kiln-coal", "kind": "fuel-combustion", "fuel": "bituminous-coal", "quantity": 200, "unit": "t" },
          { "id": "grid", "kind": "purchased-electricity", "quantity": 4000, "unit": "MWh" },
          { "id": "grid-2", "kind": "purchased-electricity", "quantity": 500000, "unit": "kWh" },
          { "id": "freight", "kind": "scope3", "category": 4, "quantity": 300, "unit": "tCO2e" },
          { "id": "park-trees", "kind": "carbon-sink", "sinkType": "green-space", "quantity": 100, "unit": "tCO2" }
        ] }
        """;

    /// <summary>An ndrc-910-2025 park of 2025 above 20,000 tce, so CORE applies under hunan-2030.</summary>
    public const string Ndrc = """
        { "method": "ndrc-910-2025", "year": 2025, "lines": [
          { "id": "boiler-gas", "kind": "fuel-combustion", "fuel": "natural-gas", "quantity": 1000, "unit": "10^4Nm3" },
          { "id": "grid", "kind": "purchased-electricity", "quantity": 120000, "unit": "MWh" }
        ] }
        """;

    /// <summary>Management of M = 97.45 (cers-2025-provisional).</summary>
    public const string StrongManagement = """
        { "P1": true, "P2": 0.95, "P3": 0.9, "P4": true, "P5": true, "L1": 1.0, "L2": 6, "L3": 0.92, "L4": true, "L5": true }
        """;

    public const string AllGuidingMet910 = """{ "G1": 0.93, "G2": true, "G3": 0.96, "G4": 0.65, "G5": 0.91 }""";

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>The baseline as it would be asked of POST /calculations for <paramref name="year"/>, lines changed by <paramref name="change"/>.</summary>
    public static JsonObject ForYear(string baseline, int year, Action<JsonArray>? change = null)
    {
        var request = Parse(baseline);
        request["year"] = year;
        change?.Invoke((JsonArray)request["lines"]!);
        return request;
    }

    public static JsonObject Line(JsonArray lines, string id) => lines.OfType<JsonObject>().Single(l => (string?)l["id"] == id);

    public static void Scale(JsonArray lines, string id, double factor)
    {
        var line = Line(lines, id);
        line["quantity"] = line["quantity"]!.GetValue<double>() * factor;
    }
}
