using CarbonPlatform.Evaluation.Engine.Inputs;

namespace CarbonPlatform.Evaluation.Engine.Tests.Support;

/// <summary>
/// Inventory figures computed by hand from accounting.md and reference-data (factor release cn-2025.1),
/// standing in for the accounting engine.
/// </summary>
internal static class HandFigures
{
    /// <summary>
    /// Natural gas, default factors (fuels.csv): E = Q × NCV × CC × OF × 44/12
    /// = Q × 389.31 GJ/10^4Nm3 × 0.0153 tC/GJ × 0.99 × 44/12; for Q = 100: 2,162.188809 tCO2.
    /// </summary>
    public static decimal NaturalGasCo2(decimal tenThousandNm3) => tenThousandNm3 * 389.31m * 0.0153m * 0.99m * 44m / 12m;

    /// <summary>
    /// ndrc-910-2025 with gas, purchased electricity and direct-supply green electricity (vectors e01–e05):
    /// co2 = gas + (purchased − green) × 0.8325;
    /// energy = Q × 389.31 / 29.3076 + purchased MWh × 1000 × 0.3024 / 1000 tce (k_elec = 0.3024 kgce/kWh);
    /// greenDirectSupplyShare = green / purchased.
    /// </summary>
    public static InventoryFigures Ndrc910(decimal gas, decimal purchasedMwh, decimal directGreenMwh)
    {
        var co2 = NaturalGasCo2(gas) + ((purchasedMwh - directGreenMwh) * 0.8325m);
        var energy = (gas * 389.31m / 29.3076m) + (purchasedMwh * 1000m * 0.3024m / 1000m);
        return InventoryFigures.FromNdrc910Totals(2024, co2, energy, directGreenMwh / purchasedMwh);
    }

    /// <summary>
    /// cers-2025, year 2022, 100 ×10^4 Nm3 gas, 2,000 MWh grid power, 500 tCO2e scope 3 (category 4) and
    /// an offset (vectors e06–e08): scope1 = 2,162.188809; scope2Market = 2,000 × 0.5856 (residual mix 2022)
    /// = 1,171.2; scope1+2 = 3,333.388809; grossMarket = 3,833.388809.
    /// </summary>
    public static InventoryFigures Cers2025(decimal offsetTonnes, bool scope3Reported = true) =>
        InventoryFigures.FromCers2025Totals(2022, NaturalGasCo2(100m), 2000m * 0.5856m, scope3Reported ? 500m : 0m, offsetTonnes, scope3Reported);

    /// <summary>910 figures chosen directly: CO2, energy, share.</summary>
    public static InventoryFigures Ndrc910Direct(decimal co2, decimal energyTce, decimal? share = 0.6m) =>
        InventoryFigures.FromNdrc910Totals(2024, co2, energyTce, share);

    /// <summary>cers figures chosen directly by ratio: N over a scope-1+2 total of 1,000 t and scope 3 of <paramref name="scope3"/>.</summary>
    public static InventoryFigures CersByRatio(decimal ratio12, decimal scope3 = 0m, bool scope3Reported = true) =>
        InventoryFigures.FromCers2025Totals(2024, 600m, 400m, scope3, ratio12 * 1000m, scope3Reported);
}
