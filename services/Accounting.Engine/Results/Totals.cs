namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>The inventory totals, in tonnes CO2(e) unless named otherwise. A total the method
/// does not define is null (ndrc-910-2025 defines the last five, cers-2025 all but co2,
/// energyConsumptionTce, intensity and greenDirectSupplyShare).</summary>
public sealed record Totals(
    double? Scope1,
    double? Scope2Location,
    double? Scope2Market,
    double? Scope3,
    double? GrossLocation,
    double? GrossMarket,
    double? Neutralisation,
    double? Net,
    double? Ratio12,
    double? Ratio123,
    double? Co2,
    double? EnergyConsumptionTce,
    double? Intensity,
    double? GreenDirectSupplyShare,
    double? InternationalBunkers);
