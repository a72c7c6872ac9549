using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>The ndrc-910-2025 method (发改环资〔2025〕910号 Annex 4): CO2 only, fossil power factor,
/// green power at zero, energy consumption and intensity.</summary>
public class NdrcFormulaTests
{
    private const double C = 44.0 / 12.0;
    private const double Scv = 29.3076;

    [Fact]
    public void Purchased_electricity_uses_the_fossil_power_factor_of_the_method_whatever_the_year()
    {
        var result = Result(Ndrc("""{ "id": "grid", "kind": "purchased-electricity", "quantity": 1000, "unit": "MWh" }""", year: 2021));
        Near(832.5, result.Totals.Co2);
        Assert.Equal("method/ndrc-910-2025/electricity-fossil-factor@cn-2025.1", result.Line("grid").Inputs[1].Origin);
    }

    [Fact]
    public void Green_electricity_and_non_fossil_exports_count_zero_and_fossil_exports_subtract()
    {
        var result = Result(Ndrc("""
            { "id": "grid", "kind": "purchased-electricity", "quantity": 1000, "unit": "MWh" },
            { "id": "green", "kind": "green-electricity", "quantity": 300, "unit": "MWh", "instrument": "green-power-trade" },
            { "id": "out-pv", "kind": "exported-electricity", "quantity": 50, "unit": "MWh", "source": "non-fossil" },
            { "id": "out", "kind": "exported-electricity", "quantity": 20, "unit": "MWh" }
            """));
        Near((1000 - 300 - 20) * 0.8325, result.Totals.Co2);
        Assert.Equal(0, result.Line("out-pv").Co2e);
    }

    [Fact]
    public void Heat_uses_the_methods_own_fossil_heat_factor()
    {
        var line = Result(Ndrc("""{ "id": "steam", "kind": "purchased-heat", "quantity": 400000, "unit": "GJ" }""")).Line("steam");
        Near(44000, line.Co2e);
        Assert.Equal("method/ndrc-910-2025/heat-fossil-factor@cn-2025.1", line.Inputs[1].Origin);
    }

    [Fact]
    public void Energy_consumption_counts_fuels_electricity_at_equivalent_value_and_heat()
    {
        var result = Result(Ndrc("""
            { "id": "gas", "kind": "fuel-combustion", "quantity": 500, "unit": "10^4Nm3", "fuel": "natural-gas" },
            { "id": "grid", "kind": "purchased-electricity", "quantity": 200000, "unit": "MWh" },
            { "id": "pv", "kind": "onsite-generation", "quantity": 30000, "unit": "MWh", "source": "non-fossil" },
            { "id": "out", "kind": "exported-electricity", "quantity": 10000, "unit": "MWh", "source": "non-fossil" },
            { "id": "steam", "kind": "purchased-heat", "quantity": 1000, "unit": "GJ" },
            { "id": "steam-out", "kind": "exported-heat", "quantity": 400, "unit": "GJ" }
            """, "\"electricityEquivalentCoefficient\": 0.3"));
        var energy = 500 * 389.31 / Scv + (200000 + 30000 - 10000) * 0.3 + (1000 - 400) / Scv;
        Near(energy, result.Totals.EnergyConsumptionTce);
        var co2 = 500 * 389.31 * 0.0153 * 0.99 * C + 200000 * 0.8325 + 600 * 0.11;
        Near(co2, result.Totals.Co2);
        Near(co2 / energy, result.Totals.Intensity);
        Assert.Equal("request", result.Line("grid").Inputs.Single(i => i.Name == "electricityEquivalentCoefficient").Origin);
    }

    [Fact]
    public void Without_a_coefficient_on_the_request_the_releases_default_is_used_and_flagged_unverified()
    {
        var result = Result(Ndrc("""{ "id": "grid", "kind": "purchased-electricity", "quantity": 1000, "unit": "MWh" }"""));
        Near(1000 * 0.3024, result.Totals.EnergyConsumptionTce);
        var k = result.Line("grid").Inputs.Single(i => i.Name == "electricityEquivalentCoefficient");
        Assert.Equal(("method/ndrc-910-2025/electricity-equivalent-coefficient@cn-2025.1", "unverified"), (k.Origin, k.Status));
        Assert.Contains("unverified-factor", result.Line("grid").Flags);
        Assert.Contains("unverified-factor", result.Flags);
    }

    [Fact]
    public void Green_direct_supply_share_is_direct_supply_over_purchased_and_null_without_purchase()
    {
        var share = Result(Ndrc("""
            { "id": "grid", "kind": "purchased-electricity", "quantity": 900000, "unit": "MWh" },
            { "id": "direct", "kind": "green-electricity", "quantity": 600000, "unit": "MWh", "instrument": "direct-supply" },
            { "id": "gec", "kind": "green-electricity", "quantity": 100000, "unit": "MWh", "instrument": "green-certificate" }
            """));
        Near(600000.0 / 900000, share.Totals.GreenDirectSupplyShare);
        var none = Result(Ndrc("""{ "id": "gas", "kind": "fuel-combustion", "quantity": 1, "unit": "10^4Nm3", "fuel": "natural-gas" }"""));
        Assert.Null(none.Totals.GreenDirectSupplyShare);
    }

    [Fact]
    public void Non_CO2_gases_scope_3_neutralisation_and_recovered_CO2_are_listed_as_excluded()
    {
        var result = Result(Ndrc("""
            { "id": "chiller", "kind": "ghg-release", "quantity": 0.5, "unit": "t", "gas": "HFC-134a" },
            { "id": "dry-ice", "kind": "ghg-release", "quantity": 2, "unit": "t", "gas": "CO2" },
            { "id": "trucks", "kind": "scope3", "quantity": 1000, "unit": "tCO2e", "category": 4 },
            { "id": "forest", "kind": "carbon-sink", "quantity": 10, "unit": "tCO2", "sinkType": "forest" },
            { "id": "ccer", "kind": "offset", "quantity": 10, "unit": "tCO2e", "instrument": "CCER", "serial": "C-9" },
            { "id": "ccus", "kind": "co2-recovery", "quantity": 5, "unit": "t" }
            """));
        foreach (var id in new[] { "chiller", "trucks", "forest", "ccer", "ccus" })
        {
            var line = result.Line(id);
            Assert.True(line.Excluded, id);
            Assert.Equal(0, line.Co2e);
            Assert.StartsWith("excluded:", line.Formula);
        }
        Assert.False(result.Line("dry-ice").Excluded);
        Near(2, result.Totals.Co2);
        Assert.Equal(["CO2"], result.Gases.Keys);
    }

    [Fact]
    public void Only_the_910_totals_are_defined_and_there_is_no_gwp_set()
    {
        var result = Result(Ndrc("""{ "id": "gas", "kind": "fuel-combustion", "quantity": 1, "unit": "10^4Nm3", "fuel": "natural-gas" }"""));
        var t = result.Totals;
        Assert.All(new[] { t.Scope1, t.Scope2Location, t.Scope2Market, t.Scope3, t.GrossLocation, t.GrossMarket, t.Neutralisation, t.Net, t.Ratio12, t.Ratio123 },
            Assert.Null);
        Assert.NotNull(t.Co2);
        Assert.Null(result.GwpSet);
        Assert.Equal("ndrc-910-2025", result.Method);
    }

    [Fact]
    public void Intensity_is_null_without_positive_energy_consumption()
    {
        var result = Result(Ndrc("""{ "id": "p", "kind": "industrial-process", "quantity": 10, "unit": "t", "product": "cement clinker", "emissionFactor": 0.5 }"""));
        Near(5, result.Totals.Co2);
        Assert.Null(result.Totals.Intensity);
    }
}
