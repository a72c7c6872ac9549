namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>Figure names as a scheme definition refers to them (the API's <c>totals</c> names where there is one).</summary>
public static class InventoryFigureNames
{
    // cers-2025's figures.
    public const string Ratio12 = "ratio12";
    public const string Ratio123 = "ratio123";
    public const string Scope1And2Market = "scope1And2Market";
    public const string GrossMarket = "grossMarket";
    public const string Neutralisation = "neutralisation";
    public const string Scope3Reported = "scope3Reported";
    internal static readonly string[] OfCers2025 = [Ratio12, Ratio123, Scope1And2Market, GrossMarket, Neutralisation, Scope3Reported];

    // ndrc-910-2025's figures.
    public const string Co2 = "co2";
    public const string EnergyConsumptionTce = "energyConsumptionTce";
    public const string Intensity = "intensity";
    public const string GreenDirectSupplyShare = "greenDirectSupplyShare";
    internal static readonly string[] OfNdrc910 = [Co2, EnergyConsumptionTce, Intensity, GreenDirectSupplyShare];
}
