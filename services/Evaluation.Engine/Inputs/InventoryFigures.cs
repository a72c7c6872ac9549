using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>
/// The part of an accounting result that evaluation needs (accounting.md, "Totals").
/// Figures a method does not define are null. Tonnes are tCO2e (cers-2025) or tCO2 (ndrc-910-2025).
/// </summary>
public sealed partial record InventoryFigures
{
    public required string Method { get; init; }

    public required int Year { get; init; }

    /// <summary>cers-2025: N / (scope1 + scope2Market), 1 when the denominator is ≤ 0, not capped.</summary>
    public decimal? Ratio12 { get; init; }

    /// <summary>cers-2025: N / grossMarket, 1 when the denominator is ≤ 0, not capped.</summary>
    public decimal? Ratio123 { get; init; }

    /// <summary>cers-2025: scope1 + scope2Market, the denominator of ratio12.</summary>
    public decimal? Scope1And2Market { get; init; }

    /// <summary>cers-2025: scope1 + scope2Market + scope3, the denominator of ratio123.</summary>
    public decimal? GrossMarket { get; init; }

    /// <summary>cers-2025: neutralisation N = carbon sinks + offsets retired.</summary>
    public decimal? Neutralisation { get; init; }

    /// <summary>cers-2025: the inventory has at least one scope-3 line.</summary>
    public bool Scope3Reported { get; init; }

    /// <summary>ndrc-910-2025: total CO2, t.</summary>
    public decimal? Co2 { get; init; }

    /// <summary>ndrc-910-2025: 年综合能源消费量, tce (electricity at equivalent value).</summary>
    public decimal? EnergyConsumptionTce { get; init; }

    /// <summary>ndrc-910-2025: co2 / energyConsumptionTce, tCO2/tce.</summary>
    public decimal? Intensity { get; init; }

    /// <summary>ndrc-910-2025: direct-supply green electricity / purchased electricity; null without purchased electricity.</summary>
    public decimal? GreenDirectSupplyShare { get; init; }

    /// <summary>The figure of that name (see <see cref="AccountingMethods"/>), null when absent.</summary>
    public ScalarValue? Get(string figure) => figure switch
    {
        InventoryFigureNames.Ratio12 => Number(Ratio12),
        InventoryFigureNames.Ratio123 => Number(Ratio123),
        InventoryFigureNames.Scope1And2Market => Number(Scope1And2Market),
        InventoryFigureNames.GrossMarket => Number(GrossMarket),
        InventoryFigureNames.Neutralisation => Number(Neutralisation),
        InventoryFigureNames.Scope3Reported => ScalarValue.Of(Scope3Reported),
        InventoryFigureNames.Co2 => Number(Co2),
        InventoryFigureNames.EnergyConsumptionTce => Number(EnergyConsumptionTce),
        InventoryFigureNames.Intensity => Number(Intensity),
        InventoryFigureNames.GreenDirectSupplyShare => Number(GreenDirectSupplyShare),
        _ => null,
    };

    public decimal? GetNumber(string figure) => Get(figure)?.Number;

    private static ScalarValue? Number(decimal? value) => value is { } v ? ScalarValue.Of(v) : null;
}
