using static CarbonPlatform.Accounting.Engine.Tests.Engine;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>One test per formula of accounting.md under cers-2025.</summary>
public class CersFormulaTests
{
    private const double C = 44.0 / 12.0;

    [Fact]
    public void Natural_gas_uses_default_factors_of_the_release()
    {
        var result = Result(Cers("""{ "id": "boiler", "kind": "fuel-combustion", "quantity": 120.5, "unit": "10^4Nm3", "fuel": "natural-gas" }"""));
        var line = result.Line("boiler");
        Near(120.5 * 389.31 * 0.0153 * 0.99 * C, line.Co2e);
        Assert.Equal(1, line.Scope);
        Assert.Equal(["line", "fuel/natural-gas/ncv@cn-2025.1", "fuel/natural-gas/carbon-content@cn-2025.1", "fuel/natural-gas/oxidation-rate@cn-2025.1"],
            line.Inputs.Select(i => i.Origin));
        Near(line.Co2e, result.Totals.Scope1);
        Near(line.Co2e, result.Gases["CO2"].Tonnes);
    }

    [Fact]
    public void Measured_fuel_parameters_on_the_line_replace_the_defaults()
    {
        var line = Result(Cers("""{ "id": "forklifts", "kind": "fuel-combustion", "quantity": 35200, "unit": "kg", "fuel": "diesel", "ncv": 42.652, "carbonContent": 0.0202, "oxidationRate": 0.98 }""")).Line("forklifts");
        Near(35.2 * 42.652 * 0.0202 * 0.98 * C, line.Co2e);
        Assert.All(line.Inputs, i => Assert.Equal("line", i.Origin));
        Assert.Equal(35.2, line.Intermediate("quantity[t]"), 12);
    }

    [Fact]
    public void A_measured_value_replaces_only_its_own_default()
    {
        var line = Result(Cers("""{ "id": "coal", "kind": "fuel-combustion", "quantity": 1, "unit": "kt", "fuel": "bituminous-coal", "ncv": 21.5 }""")).Line("coal");
        Near(1000 * 21.5 * 0.02618 * 0.93 * C, line.Co2e);
        Assert.Equal("line", line.Inputs[1].Origin);
        Assert.Equal("fuel/bituminous-coal/carbon-content@cn-2025.1", line.Inputs[2].Origin);
    }

    [Fact]
    public void Gas_volume_in_Nm3_is_converted_to_ten_thousand_Nm3()
    {
        var line = Result(Cers("""{ "id": "g", "kind": "fuel-combustion", "quantity": 50000, "unit": "Nm3", "fuel": "natural-gas" }""")).Line("g");
        Near(5 * 389.31 * 0.0153 * 0.99 * C, line.Co2e);
    }

    [Fact]
    public void Fuel_conversion_adds_its_input_and_subtracts_its_output_with_an_oxidation_rate_of_one()
    {
        var result = Result(Cers("""
            { "id": "coal-in", "kind": "fuel-conversion", "quantity": 100, "unit": "t", "fuel": "washed-coal", "direction": "input" },
            { "id": "coke-out", "kind": "fuel-conversion", "quantity": 60, "unit": "t", "fuel": "coke", "direction": "output", "carbonContent": 0.0295 }
            """));
        Near(100 * 26.344 * 0.02540 * C, result.Line("coal-in").Co2e);
        Near(-60 * 28.446 * 0.0295 * C, result.Line("coke-out").Co2e);
        Near(result.Line("coal-in").Co2e + result.Line("coke-out").Co2e, result.Totals.Scope1);
        Assert.Equal("default", result.Line("coal-in").Inputs.Single(i => i.Name == "oxidationRate").Origin);
    }

    [Fact]
    public void Carbonate_decomposition_uses_the_stoichiometric_factor_and_the_calcination_fraction()
    {
        var result = Result(Cers("""
            { "id": "kiln", "kind": "carbonate-decomposition", "quantity": 12000, "unit": "t", "carbonate": "calcium-carbonate", "calcinationFraction": 0.97 },
            { "id": "glass", "kind": "carbonate-decomposition", "quantity": 500, "unit": "kg", "carbonate": "sodium-carbonate" }
            """));
        Near(12000 * 0.43971 * 0.97, result.Line("kiln").Co2e);
        Near(0.5 * 0.41523, result.Line("glass").Co2e);
        Assert.Equal("default", result.Line("glass").Inputs.Single(i => i.Name == "calcinationFraction").Origin);
    }

    [Fact]
    public void Industrial_process_multiplies_the_product_by_its_emission_factor()
    {
        var line = Result(Cers("""{ "id": "ammonia", "kind": "industrial-process", "quantity": 5000, "unit": "t", "product": "合成氨", "emissionFactor": 1.5 }""")).Line("ammonia");
        Assert.Equal(7500, line.Co2e, 9);
    }

    [Fact]
    public void Gas_releases_are_weighted_by_AR5_unless_the_request_names_a_set()
    {
        const string lines = """
            { "id": "wwtp", "kind": "ghg-release", "quantity": 3.2, "unit": "t", "gas": "CH4" },
            { "id": "switchgear", "kind": "ghg-release", "quantity": 12, "unit": "kg", "gas": "SF6" }
            """;
        var ar5 = Result(Cers(lines));
        Assert.Equal("AR5", ar5.GwpSet);
        Near(3.2 * 28, ar5.Line("wwtp").Co2e);
        Near(0.012 * 23500, ar5.Gases["SF6"].Co2e);
        Near(0.012, ar5.Gases["SF6"].Tonnes);
        Assert.Contains(ar5.Factors, f => f.Id == "method/cers-2025/default-gwp-set" && f.Status == "provisional");

        var sar = Result(Cers(lines, "\"gwpSet\": \"SAR\""));
        Assert.Equal("SAR", sar.GwpSet);
        Near(3.2 * 21, sar.Line("wwtp").Co2e);
        Assert.Equal("gwp/SAR/CH4@cn-2025.1", sar.Line("wwtp").Inputs[1].Origin);
        Assert.DoesNotContain(sar.Factors, f => f.Id == "method/cers-2025/default-gwp-set");
    }

    [Fact]
    public void Recovered_CO2_is_subtracted_from_scope_1()
    {
        var result = Result(Cers("""
            { "id": "gas", "kind": "fuel-combustion", "quantity": 10, "unit": "10^4Nm3", "fuel": "natural-gas" },
            { "id": "ccus", "kind": "co2-recovery", "quantity": 20, "unit": "tCO2" }
            """));
        Assert.Equal(-20, result.Line("ccus").Co2e);
        Near(10 * 389.31 * 0.0153 * 0.99 * C - 20, result.Totals.Scope1);
        Near(result.Totals.Scope1!.Value, result.Gases["CO2"].Co2e);
    }

    [Fact]
    public void Purchased_electricity_gives_a_location_and_a_market_figure()
    {
        var result = Result(Cers("""{ "id": "grid", "kind": "purchased-electricity", "quantity": 52000, "unit": "MWh" }"""));
        Near(52000 * 0.5366, result.Totals.Scope2Location);
        Near(52000 * 0.5856, result.Totals.Scope2Market);
        var line = result.Line("grid");
        Assert.Equal(2, line.Scope);
        Near(52000 * 0.5366, line.Co2e);
        Near(52000 * 0.5856, line.Intermediate("co2eMarket[t]"));
    }

    [Fact]
    public void Green_electricity_counts_zero_on_the_market_basis_only()
    {
        var result = Result(Cers("""
            { "id": "grid", "kind": "purchased-electricity", "quantity": 80000000, "unit": "kWh" },
            { "id": "gec", "kind": "green-electricity", "quantity": 15000, "unit": "MWh", "instrument": "green-certificate" }
            """, "\"regionCode\": \"320000\", \"electricityFactorLevel\": \"provincial\""));
        Near(80000 * 0.5978, result.Totals.Scope2Location);
        Near((80000 - 15000) * 0.5856, result.Totals.Scope2Market);
        Assert.Equal(0, result.Line("gec").Co2e);
    }

    [Fact]
    public void Exported_electricity_is_subtracted_at_both_factors()
    {
        var result = Result(Cers("""
            { "id": "grid", "kind": "purchased-electricity", "quantity": 10000, "unit": "MWh" },
            { "id": "out", "kind": "exported-electricity", "quantity": 0.8, "unit": "GWh", "source": "non-fossil" }
            """, year: 2021));
        Near((10000 - 800) * 0.5568, result.Totals.Scope2Location);
        Near((10000 - 800) * 0.5942, result.Totals.Scope2Market);
    }

    [Fact]
    public void Onsite_generation_has_no_emissions()
    {
        var result = Result(Cers("""{ "id": "pv", "kind": "onsite-generation", "quantity": 3000, "unit": "MWh", "source": "non-fossil" }"""));
        var line = result.Line("pv");
        Assert.Equal((0.0, false, (int?)null), (line.Co2e, line.Excluded, line.Scope));
        Assert.Equal(0, result.Totals.GrossMarket);
    }

    [Fact]
    public void Heat_uses_the_lines_factor_else_the_fossil_default_else_zero_and_exports_subtract()
    {
        var result = Result(Cers("""
            { "id": "steam", "kind": "purchased-heat", "quantity": 30000, "unit": "GJ" },
            { "id": "biomass", "kind": "purchased-heat", "quantity": 5, "unit": "TJ", "source": "non-fossil" },
            { "id": "chp", "kind": "purchased-heat", "quantity": 1000000, "unit": "MJ", "emissionFactor": 0.09 },
            { "id": "out", "kind": "exported-heat", "quantity": 2000, "unit": "GJ" }
            """));
        Near(3300, result.Line("steam").Co2e);
        Assert.Equal("method/cers-2025/heat-fossil-factor@cn-2025.1", result.Line("steam").Inputs[1].Origin);
        Assert.Equal(0, result.Line("biomass").Co2e);
        Near(90, result.Line("chp").Co2e);
        Near(-220, result.Line("out").Co2e);
        Near(3300 + 90 - 220, result.Totals.Scope2Location);
        Near(3300 + 90 - 220, result.Totals.Scope2Market);
    }

    [Fact]
    public void Scope_3_lines_count_in_tCO2e_or_by_activity_and_per_category()
    {
        var result = Result(Cers("""
            { "id": "trucks", "kind": "scope3", "quantity": 420.5, "unit": "tCO2e", "category": 4 },
            { "id": "travel", "kind": "scope3", "quantity": 180000, "unit": "km", "category": 6, "emissionFactor": 0.00012 },
            { "id": "more-trucks", "kind": "scope3", "quantity": 10, "unit": "tCO2e", "category": 4 }
            """));
        Near(21.6, result.Line("travel").Co2e);
        Near(452.1, result.Totals.Scope3);
        Near(430.5, result.Scope3Categories["4"]);
        Near(21.6, result.Scope3Categories["6"]);
        Assert.Equal(3, result.Line("travel").Scope);
        Near(452.1, result.Totals.GrossLocation);
    }

    [Fact]
    public void Neutralisation_gives_net_emissions_and_the_two_ratios()
    {
        var result = Result(Cers("""
            { "id": "gas", "kind": "fuel-combustion", "quantity": 50, "unit": "10^4Nm3", "fuel": "natural-gas" },
            { "id": "grid", "kind": "purchased-electricity", "quantity": 3000, "unit": "MWh" },
            { "id": "trucks", "kind": "scope3", "quantity": 420.5, "unit": "tCO2e", "category": 4 },
            { "id": "green-space", "kind": "carbon-sink", "quantity": 150, "unit": "tCO2", "sinkType": "green-space" },
            { "id": "ccer", "kind": "offset", "quantity": 800, "unit": "tCO2e", "instrument": "CCER", "serial": "CCER-1" }
            """));
        var s1 = 50 * 389.31 * 0.0153 * 0.99 * C;
        var t = result.Totals;
        Near(950, t.Neutralisation);
        Near(s1 + 3000 * 0.5856 + 420.5 - 950, t.Net);
        Near(950 / (s1 + 3000 * 0.5856), t.Ratio12);
        Near(950 / (s1 + 3000 * 0.5856 + 420.5), t.Ratio123);
        Assert.Equal((0.0, (int?)null), (result.Line("ccer").Co2e, result.Line("ccer").Scope));
    }

    [Fact]
    public void Ratios_are_one_without_positive_emissions_and_are_not_capped()
    {
        var none = Result(Cers("""{ "id": "forest", "kind": "carbon-sink", "quantity": 10, "unit": "t", "sinkType": "forest" }"""));
        Assert.Equal((1.0, 1.0), (none.Totals.Ratio12!.Value, none.Totals.Ratio123!.Value));
        var over = Result(Cers("""
            { "id": "p", "kind": "industrial-process", "quantity": 10, "unit": "t", "product": "x", "emissionFactor": 1 },
            { "id": "o", "kind": "offset", "quantity": 25, "unit": "tCO2e", "instrument": "VCS", "serial": "V-1" }
            """));
        Assert.Equal(2.5, over.Totals.Ratio12!.Value, 12);
        Assert.Equal(-15, over.Totals.Net!.Value, 12);
    }

    [Fact]
    public void International_bunkers_stay_in_every_total_and_are_also_reported_on_their_own()
    {
        const string lines = """
            { "id": "ship", "kind": "fuel-combustion", "quantity": 100, "unit": "t", "fuel": "fuel-oil", "internationalBunker": true },
            { "id": "trucks", "kind": "fuel-combustion", "quantity": 10, "unit": "t", "fuel": "diesel" }
            """;
        var ship = 100 * 40.19 * 0.0211 * 0.98 * C;
        var diesel = 10 * 43.33 * 0.0202 * 0.98 * C;
        var cers = Result(Cers(lines));
        Near(ship, cers.Totals.InternationalBunkers);
        Near(ship + diesel, cers.Totals.Scope1);
        Assert.Contains("international-bunker", cers.Line("ship").Flags);
        var ndrc = Result(Ndrc(lines));
        Near(ship, ndrc.Totals.InternationalBunkers);
        Near(ship + diesel, ndrc.Totals.Co2);
    }

    [Fact]
    public void The_910_totals_are_null_under_cers_2025()
    {
        var t = Result(Cers("""{ "id": "grid", "kind": "purchased-electricity", "quantity": 1, "unit": "MWh" }""")).Totals;
        Assert.Equal([null, null, null, null], new[] { t.Co2, t.EnergyConsumptionTce, t.Intensity, t.GreenDirectSupplyShare });
        Assert.Equal(0, t.InternationalBunkers);
    }
}
