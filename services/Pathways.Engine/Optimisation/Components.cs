using CarbonPlatform.Evaluation.Engine.Inputs;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

/// <summary>
/// The totals the schemes' inventory thresholds are ratios of (accounting.md): neutralisation over scope 1 + 2 (market) or
/// over the gross, CO2 over the energy consumption. Each is a sum over the lines, so linear in every measure's quantity.
/// </summary>
public readonly record struct Components(double Neutralisation, double Scope12, double Gross, double Co2, double Energy)
{
    public static Components Of(InventoryFigures f) => new((double)(f.Neutralisation ?? 0), (double)(f.Scope1And2Market ?? 0),
        (double)(f.GrossMarket ?? 0), (double)(f.Co2 ?? 0), (double)(f.EnergyConsumptionTce ?? 0));

    public static Components operator -(Components a, Components b) => new(a.Neutralisation - b.Neutralisation, a.Scope12 - b.Scope12,
        a.Gross - b.Gross, a.Co2 - b.Co2, a.Energy - b.Energy);

    public double this[Component c] => c switch
    {
        Component.Neutralisation => Neutralisation, Component.Scope12 => Scope12, Component.Gross => Gross,
        Component.Co2 => Co2, _ => Energy,
    };

    /// <summary>What the scheme's method counts as emissions left: net (cers-2025) or CO2 (ndrc-910-2025).</summary>
    public double Emitted(bool ndrc) => ndrc ? Co2 : Gross - Neutralisation;
}

public enum Component { Neutralisation, Scope12, Gross, Co2, Energy }

/// <summary>The ratio figures and the totals they divide (InventoryFigures' definitions).</summary>
public static class RatioFigures
{
    public static (Component Numerator, Component Denominator)? Of(string figure) => figure switch
    {
        InventoryFigureNames.Ratio12 => (Component.Neutralisation, Component.Scope12),
        InventoryFigureNames.Ratio123 => (Component.Neutralisation, Component.Gross),
        InventoryFigureNames.Intensity => (Component.Co2, Component.Energy),
        _ => null,
    };
}
