using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>Pathways through the gateway (#19): projected years are what the calculation and evaluation previews answer.</summary>
[Collection(PlatformCollection.Name)]
public class PathwayTests(PlatformFixture platform)
{
    private const string Baseline = """
        { "method": "cers-2025", "year": 2025, "regionCode": "320571", "lines": [
          { "id": "boiler-gas", "kind": "fuel-combustion", "fuel": "natural-gas", "quantity": 100, "unit": "10^4Nm3" },
          { "id": "grid", "kind": "purchased-electricity", "quantity": 4000, "unit": "MWh" },
          { "id": "freight", "kind": "scope3", "category": 4, "quantity": 300, "unit": "tCO2e" }
        ] }
        """;
    private const string Management = """
        { "P1": true, "P2": 0.95, "P3": 0.9, "P4": true, "P5": true, "L1": 1.0, "L2": 6, "L3": 0.92, "L4": true, "L5": true }
        """;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_offset_only_pathway_equals_evaluation_previews_of_the_baseline_plus_the_offset_line()
    {
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/pathway-previews", Json($$"""
            { "scheme": "cers-2025-provisional", "target": { "grade": "A", "year": 2028 }, "baseline": {{Baseline}}, "management": {{Management}},
              "measures": [ { "id": "m1", "kind": "offset", "startYear": 2027, "quantity": 4000, "unit": "tCO2e", "instrument": "CCER", "capex": 0, "opexPerYear": 40000 } ] }
            """));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var pathway = JsonDocument.Parse(body).RootElement;
        Assert.Equal(4, pathway.GetProperty("years").GetArrayLength());
        foreach (var year in pathway.GetProperty("years").EnumerateArray())
        {
            var y = year.GetProperty("year").GetInt32();
            var inventory = JsonNode.Parse(Baseline)!.AsObject();
            inventory["year"] = y;
            if (y >= 2027)
                ((JsonArray)inventory["lines"]!).Add(JsonNode.Parse("""{ "id": "o", "kind": "offset", "instrument": "CCER", "serial": "S-1", "quantity": 4000, "unit": "tCO2e" }"""));
            using var preview = await admin.PostAsync("/api/v1/evaluation-previews", Json($$"""
                { "scheme": "cers-2025-provisional", "inventory": {{inventory.ToJsonString()}}, "management": {{Management}} }
                """));
            var expected = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(expected.GetProperty("grade").ToString(), year.GetProperty("grade").ToString());
            var ratio = expected.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "R12").GetProperty("value").GetDouble();
            Assert.Equal(ratio, year.GetProperty("totals").GetProperty("ratio12").GetDouble(), 9);
            Assert.Equal(y >= 2027 ? 4000 : 0, year.GetProperty("totals").GetProperty("neutralisation").GetDouble(), 9);
        }
        Assert.Equal(80000, pathway.GetProperty("totalCost").GetDouble());
        Assert.Equal(2027, pathway.GetProperty("firstYearAtTarget").GetInt32());
    }

    [Fact]
    public async Task A_bad_measure_is_refused_naming_its_index_and_field()
    {
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/pathway-previews", Json($$"""
            { "scheme": "cers-2025-provisional", "target": { "grade": "A", "year": 2028 }, "baseline": {{Baseline}}, "management": {{Management}},
              "measures": [ { "id": "m1", "kind": "offset", "startYear": 2027, "quantity": 4000 },
                            { "id": "m2", "kind": "efficiency", "startYear": 2026, "line": "boiler-gas", "percent": 130 } ] }
            """));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        var error = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("measures[1].percent", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_cheapest_way_is_verified_by_projecting_it_and_comes_with_the_abatement_curve()
    {
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/pathway-optimisations", Json($$"""
            { "scheme": "cers-2025-provisional", "target": { "grade": "A", "year": 2027 }, "baseline": {{Baseline}}, "management": {{Management}}, "discountRate": 0.05,
              "measures": [ { "id": "ccer", "kind": "offset", "startYear": 2026, "quantity": 1000, "maxQuantity": 5000, "opexPerYear": 60000 },
                            { "id": "gpt", "kind": "green-electricity", "startYear": 2026, "quantity": 1000, "maxQuantity": 4000, "opexPerYear": 20000 } ] }
            """));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.True(answer.GetProperty("reachable").GetBoolean(), body);
        var projection = answer.GetProperty("projection");
        Assert.True(projection.GetProperty("reachesTarget").GetBoolean());
        Assert.Equal(answer.GetProperty("discountedTotalCost").GetDouble(), projection.GetProperty("discountedTotalCost").GetDouble(), 6);
        Assert.Equal(["gpt", "ccer"], answer.GetProperty("abatementCurve").EnumerateArray().Select(s => s.GetProperty("measure").GetString()));
    }
}
