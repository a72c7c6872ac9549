namespace CarbonPlatform.Evaluation.Engine.Inputs;

public sealed partial record InventoryFigures
{
    /// <summary>
    /// Figures from cers-2025 totals, deriving the ratios as accounting.md does
    /// (denominator ≤ 0 gives 1; not capped). Prefer the accounting engine's own ratios when it gives them.
    /// </summary>
    public static InventoryFigures FromCers2025Totals(
        int year, decimal scope1, decimal scope2Market, decimal scope3, decimal neutralisation, bool scope3Reported)
    {
        var scope12 = scope1 + scope2Market;
        var gross = scope12 + scope3;
        return new InventoryFigures
        {
            Method = AccountingMethods.Cers2025,
            Year = year,
            Scope1And2Market = scope12,
            GrossMarket = gross,
            Neutralisation = neutralisation,
            Ratio12 = Ratio(neutralisation, scope12),
            Ratio123 = Ratio(neutralisation, gross),
            Scope3Reported = scope3Reported,
        };
    }

    /// <summary>Figures from ndrc-910-2025 totals; intensity = co2 / energy (null when energy ≤ 0).</summary>
    public static InventoryFigures FromNdrc910Totals(
        int year, decimal co2, decimal energyConsumptionTce, decimal? greenDirectSupplyShare) => new()
    {
        Method = AccountingMethods.Ndrc910,
        Year = year,
        Co2 = co2,
        EnergyConsumptionTce = energyConsumptionTce,
        Intensity = energyConsumptionTce > 0 ? co2 / energyConsumptionTce : null,
        GreenDirectSupplyShare = greenDirectSupplyShare,
    };

    private static decimal Ratio(decimal neutralisation, decimal denominator) =>
        denominator <= 0 ? 1m : neutralisation / denominator;
}
