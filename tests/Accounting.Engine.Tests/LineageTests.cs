using System.Text.Json;
using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>A certification body must be able to derive every figure again from the response alone.</summary>
public class LineageTests
{
    private const string Mix = """
        { "id": "gas", "kind": "fuel-combustion", "quantity": 50000, "unit": "Nm3", "fuel": "natural-gas" },
        { "id": "diesel", "kind": "fuel-combustion", "quantity": 35200, "unit": "kg", "fuel": "diesel", "ncv": 42.652 },
        { "id": "coke-out", "kind": "fuel-conversion", "quantity": 2, "unit": "kt", "fuel": "coke", "direction": "output" },
        { "id": "kiln", "kind": "carbonate-decomposition", "quantity": 12000, "unit": "t", "carbonate": "dolomite", "calcinationFraction": 0.9 },
        { "id": "ammonia", "kind": "industrial-process", "quantity": 5000, "unit": "t", "product": "合成氨", "emissionFactor": 1.5 },
        { "id": "sf6", "kind": "ghg-release", "quantity": 12, "unit": "kg", "gas": "SF6" },
        { "id": "ccus", "kind": "co2-recovery", "quantity": 100, "unit": "tCO2" },
        { "id": "grid", "kind": "purchased-electricity", "quantity": 80000000, "unit": "kWh" },
        { "id": "gec", "kind": "green-electricity", "quantity": 15000, "unit": "MWh", "instrument": "green-certificate" },
        { "id": "out", "kind": "exported-electricity", "quantity": 0.5, "unit": "GWh" },
        { "id": "pv", "kind": "onsite-generation", "quantity": 100, "unit": "MWh" },
        { "id": "steam", "kind": "purchased-heat", "quantity": 3, "unit": "TJ" },
        { "id": "steam-out", "kind": "exported-heat", "quantity": 200, "unit": "GJ", "emissionFactor": 0.1 },
        { "id": "travel", "kind": "scope3", "quantity": 180000, "unit": "km", "category": 6, "emissionFactor": 0.00012 },
        { "id": "trucks", "kind": "scope3", "quantity": 420.5, "unit": "tCO2e", "category": 4 },
        { "id": "park-green", "kind": "carbon-sink", "quantity": 150, "unit": "tCO2", "sinkType": "green-space" },
        { "id": "ccer", "kind": "offset", "quantity": 800, "unit": "tCO2e", "instrument": "CCER", "serial": "CCER-1" }
        """;

    private static readonly Dictionary<string, double> ToCanonical = new()
    {
        ["t"] = 1, ["kg"] = 0.001, ["kt"] = 1000, ["tCO2"] = 1, ["tCO2e"] = 1, ["10^4Nm3"] = 1, ["Nm3"] = 0.0001,
        ["MWh"] = 1, ["kWh"] = 0.001, ["GWh"] = 1000, ["GJ"] = 1, ["MJ"] = 0.001, ["TJ"] = 1000,
    };

    [Fact]
    public void Every_line_can_be_derived_again_from_its_lineage_alone()
    {
        var response = Json(Result(Cers(Mix, "\"regionCode\": \"320000\", \"electricityFactorLevel\": \"provincial\"")));
        double scope1 = 0, location = 0, market = 0;
        foreach (var line in response.GetProperty("lines").EnumerateArray())
        {
            var inputs = line.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
            double In(string name) => inputs[name].GetProperty("value").GetDouble();
            var q = In("quantity");
            var qc = q * ToCanonical.GetValueOrDefault(inputs["quantity"].GetProperty("unit").GetString()!, 1);
            var kind = line.GetProperty("kind").GetString();
            var co2e = line.GetProperty("co2e").GetDouble();
            var expected = kind switch
            {
                "fuel-combustion" => qc * In("ncv") * In("carbonContent") * In("oxidationRate") * 44 / 12,
                "fuel-conversion" => line.GetProperty("intermediates").GetProperty("sign").GetDouble() * qc * In("ncv") * In("carbonContent") * In("oxidationRate") * 44 / 12,
                "carbonate-decomposition" => qc * In("stoichiometricFactor") * In("calcinationFraction"),
                "industrial-process" => qc * In("emissionFactor"),
                "ghg-release" => qc * In("gwp"),
                "co2-recovery" => -qc,
                "purchased-electricity" => qc * In("gridAverageFactor"),
                "exported-electricity" => -qc * In("gridAverageFactor"),
                "purchased-heat" => qc * In("heatFactor"),
                "exported-heat" => -qc * In("heatFactor"),
                "scope3" => inputs.ContainsKey("emissionFactor") ? q * In("emissionFactor") : q,
                _ => 0,
            };
            Assert.True(Math.Abs(expected - co2e) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{kind}: {expected} ≠ {co2e}");
            if (line.GetProperty("scope").ValueKind == JsonValueKind.Number && line.GetProperty("scope").GetInt32() == 1) scope1 += co2e;
            if (kind is "purchased-electricity" or "green-electricity" or "exported-electricity")
            {
                var sign = kind == "purchased-electricity" ? 1 : -1;
                Near(sign * qc * In("residualMixFactor"), line.GetProperty("intermediates").GetProperty("co2eMarket[t]").GetDouble());
                location += co2e;
                market += line.GetProperty("intermediates").GetProperty("co2eMarket[t]").GetDouble();
            }
            if (kind is "purchased-heat" or "exported-heat")
            {
                location += co2e;
                market += co2e;
            }
        }
        var totals = response.GetProperty("totals");
        Near(scope1, totals.GetProperty("scope1").GetDouble());
        Near(location, totals.GetProperty("scope2Location").GetDouble());
        Near(market, totals.GetProperty("scope2Market").GetDouble());
    }

    [Fact]
    public void A_factor_origin_names_the_factor_id_and_release_with_the_value_and_status_used()
    {
        var result = Result(Cers(Mix));
        var origins = 0;
        foreach (var input in result.Lines.SelectMany(l => l.Inputs))
        {
            if (input.Origin is "line" or "default" or "request") continue;
            var at = input.Origin.LastIndexOf('@');
            Assert.Equal("cn-2025.1", input.Origin[(at + 1)..]);
            var factor = SharedData.Release.Find(input.Origin[..at]);
            Assert.NotNull(factor);
            Assert.Equal((factor!.Value, factor.Unit, factor.Status), (input.Value, input.Unit, input.Status));
            Assert.Contains(result.Factors, f => f.Id == factor.Id && f.Status == factor.Status);
            origins++;
        }
        Assert.True(origins > 10);
    }

    [Fact]
    public void Values_given_on_the_line_have_the_origin_line()
    {
        var line = Result(Cers(Mix)).Line("diesel");
        Assert.Equal(("line", "line", "fuel/diesel/carbon-content@cn-2025.1"), (line.Inputs[0].Origin, line.Inputs[1].Origin, line.Inputs[2].Origin));
        Assert.Equal((35200.0, "kg"), (line.Inputs[0].Value, line.Inputs[0].Unit));
        Assert.Null(line.Inputs[0].Status);
    }

    [Fact]
    public void A_line_that_uses_an_unverified_factor_is_flagged_and_so_is_the_result()
    {
        var result = Result(Cers(Mix, year: 2024));
        Assert.Contains("unverified-factor", result.Line("grid").Flags); // grid average 2023 is unverified
        Assert.Contains("unverified-factor", result.Line("diesel").Flags); // diesel carbon content is unverified
        Assert.Empty(result.Line("gas").Flags); // natural gas defaults are confirmed
        Assert.Contains("unverified-factor", result.Flags);
        Assert.Contains("provisional-factor", result.Flags); // the default GWP set is a platform choice
        Assert.Contains(result.Factors, f => f is { Id: "electricity/grid-average/national/CN/2023", Status: "unverified" });
    }

    [Fact]
    public void A_result_from_confirmed_factors_only_has_no_flags()
    {
        var result = Result(Cers("""{ "id": "gas", "kind": "fuel-combustion", "quantity": 1, "unit": "10^4Nm3", "fuel": "natural-gas" }"""));
        Assert.Empty(result.Flags);
        Assert.All(result.Factors, f => Assert.Equal("confirmed", f.Status));
    }
}
