namespace CarbonPlatform.Domain.Requests;

/// <summary>One activity line of an inventory. Fields beyond id, kind, quantity and unit apply to
/// some kinds only (accounting.md, "Activity lines"); the calculator checks which are required.</summary>
public sealed record ActivityLine
{
    public string? Id { get; init; }
    public ActivityKind Kind { get; init; }
    public double? Quantity { get; init; }
    public string? Unit { get; init; }

    /// <summary>Fuel code (fuel-combustion, fuel-conversion).</summary>
    public string? Fuel { get; init; }
    /// <summary><c>input</c> or <c>output</c> (fuel-conversion).</summary>
    public string? Direction { get; init; }
    /// <summary>Measured net calorific value, GJ per the fuel's activity unit.</summary>
    public double? Ncv { get; init; }
    /// <summary>Measured carbon content, tC/GJ.</summary>
    public double? CarbonContent { get; init; }
    /// <summary>Measured oxidation rate, 0–1 (fuel-combustion only).</summary>
    public double? OxidationRate { get; init; }
    /// <summary>International aviation or shipping fuel (fuel-combustion).</summary>
    public bool? InternationalBunker { get; init; }

    public string? Carbonate { get; init; }
    public double? CalcinationFraction { get; init; }

    public string? Product { get; init; }
    /// <summary>tCO2/t (industrial-process), tCO2/GJ (heat), tCO2e per unit (scope3).</summary>
    public double? EmissionFactor { get; init; }

    public string? Gas { get; init; }
    /// <summary><c>fossil</c> or <c>non-fossil</c> (onsite-generation, exported electricity, heat).</summary>
    public string? Source { get; init; }
    /// <summary>Green-electricity or offset instrument.</summary>
    public string? Instrument { get; init; }
    /// <summary>Scope-3 category, 1–15.</summary>
    public int? Category { get; init; }
    public string? SinkType { get; init; }
    public string? Serial { get; init; }
}
