using System.Text.Json;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;
using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>The response shape of api-v1.md, "Calculations and inventories".</summary>
public class SerializationTests
{
    private static readonly string[] TotalNames =
    [
        "scope1", "scope2Location", "scope2Market", "scope3", "grossLocation", "grossMarket", "neutralisation", "net",
        "ratio12", "ratio123", "co2", "energyConsumptionTce", "intensity", "greenDirectSupplyShare", "internationalBunkers",
    ];

    private const string Lines = """
        { "id": "gas", "kind": "fuel-combustion", "quantity": 10, "unit": "10^4Nm3", "fuel": "natural-gas" },
        { "id": "chiller", "kind": "ghg-release", "quantity": 0.35, "unit": "t", "gas": "HFC-134a" },
        { "id": "trucks", "kind": "scope3", "quantity": 420.5, "unit": "tCO2e", "category": 4 },
        { "id": "grid", "kind": "purchased-electricity", "quantity": 100, "unit": "MWh" }
        """;

    [Fact]
    public void The_response_has_the_fields_of_the_api_in_camel_case()
    {
        var json = Json(Result(Cers(Lines)));
        Assert.Equal("cers-2025", json.GetProperty("method").GetString());
        Assert.Equal(2022, json.GetProperty("year").GetInt32());
        Assert.Equal("AR5", json.GetProperty("gwpSet").GetString());
        Assert.Equal("cn-2025.1", json.GetProperty("factorRelease").GetString());
        Assert.Equal(TotalNames, json.GetProperty("totals").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, json.GetProperty("gases").GetProperty("HFC-134a").GetProperty("tonnes").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("gases").GetProperty("CO2").GetProperty("co2e").ValueKind);
        Assert.Equal(420.5, json.GetProperty("scope3Categories").GetProperty("4").GetDouble());
    }

    [Fact]
    public void Totals_a_method_does_not_define_are_written_as_null()
    {
        var cers = Json(Result(Cers(Lines))).GetProperty("totals");
        var ndrc = Json(Result(Ndrc(Lines))).GetProperty("totals");
        string[] only910 = ["co2", "energyConsumptionTce", "intensity", "greenDirectSupplyShare"];
        foreach (var name in TotalNames)
        {
            var in910 = only910.Contains(name) || name == "internationalBunkers";
            var inCers = !only910.Contains(name);
            Assert.Equal(inCers ? JsonValueKind.Number : JsonValueKind.Null, cers.GetProperty(name).ValueKind);
            Assert.Equal(in910 ? JsonValueKind.Number : JsonValueKind.Null, ndrc.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void Each_line_carries_its_lineage()
    {
        var line = Json(Result(Cers(Lines))).GetProperty("lines")[0];
        Assert.Equal("gas", line.GetProperty("id").GetString());
        Assert.Equal(1, line.GetProperty("scope").GetInt32());
        Assert.Equal(JsonValueKind.Number, line.GetProperty("co2e").ValueKind);
        Assert.False(line.GetProperty("excluded").GetBoolean());
        Assert.Contains("44/12", line.GetProperty("formula").GetString());
        var input = line.GetProperty("inputs")[1];
        Assert.Equal(("ncv", 389.31, "GJ/10^4Nm3", "fuel/natural-gas/ncv@cn-2025.1"),
            (input.GetProperty("name").GetString(), input.GetProperty("value").GetDouble(), input.GetProperty("unit").GetString(), input.GetProperty("origin").GetString()));
        var intermediates = line.GetProperty("intermediates");
        Assert.Equal(JsonValueKind.Object, intermediates.ValueKind);
        Assert.Equal(10 * 389.31, intermediates.GetProperty("heat[GJ]").GetDouble(), 9);
    }

    [Fact]
    public void Text_is_written_without_unicode_escapes()
    {
        var text = EngineJson.Serialize(Result(Cers(Lines)));
        Assert.Contains("Q × NCV", text);
    }

    [Fact]
    public void A_result_reads_back_from_its_JSON()
    {
        var result = Result(Cers(Lines));
        var back = JsonSerializer.Deserialize<CalculationResult>(EngineJson.Serialize(result), EngineJson.Options)!;
        Assert.Equal(result.Totals, back.Totals);
        Assert.Equal(result.Lines[0].Intermediates, back.Lines[0].Intermediates);
        Assert.Equal(result.Lines[0].Inputs, back.Lines[0].Inputs);
    }

    [Fact]
    public void Input_errors_serialize_with_line_field_code_and_message()
    {
        var error = new InputError("bad", "unit", ErrorCodes.UnitFamilyMismatch, "…");
        var json = JsonDocument.Parse(JsonSerializer.Serialize(error, EngineJson.Options)).RootElement;
        Assert.Equal(["line", "field", "code", "message"], json.EnumerateObject().Select(p => p.Name));
    }
}
