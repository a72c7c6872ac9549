namespace CarbonPlatform.Pathways.Engine.Measures;

/// <summary>What a measure does to the baseline's lines (docs/pathways.md).</summary>
public enum MeasureKind { Growth, Efficiency, FuelSwitch, OnsiteGeneration, GreenElectricity, CarbonSink, Offset }

/// <summary>
/// One measure of a scenario, applied to every year from <see cref="StartYear"/> while it lasts.
/// <see cref="Quantity"/> is in the measure's own unit: percent (growth, efficiency, fuel-switch), MWh a year
/// (onsite-generation, green-electricity) or tCO2e a year (carbon-sink, offset). Capex and opex are CNY for that quantity.
/// </summary>
public sealed record Measure
{
    public required string Id { get; init; }
    public required MeasureKind Kind { get; init; }
    public required int StartYear { get; init; }
    public required double Quantity { get; init; }
    /// <summary>The most the optimiser may buy, in multiples of <see cref="Quantity"/>; null: exactly one.</summary>
    public double? MaxQuantity { get; init; }
    public string? Line { get; init; }
    public string? LineKind { get; init; }
    /// <summary>fuel-switch: <c>purchased-electricity</c> or <c>purchased-heat</c>.</summary>
    public string? To { get; init; }
    /// <summary>fuel-switch: energy of the new carrier per unit of fuel energy replaced (a heat pump: well below 1).</summary>
    public double Efficiency { get; init; } = 1;
    /// <summary>fuel-switch to heat: the heat's source (<c>fossil</c> or <c>non-fossil</c>).</summary>
    public string? Source { get; init; }
    public string? Instrument { get; init; }
    public string? SinkType { get; init; }
    public double Capex { get; init; }
    public double OpexPerYear { get; init; }
    public int? LifetimeYears { get; init; }

    public bool IsActive(int year) => year >= StartYear && (LifetimeYears is not { } l || year < StartYear + l);

    /// <summary>Years the measure has been active up to and including <paramref name="year"/>.</summary>
    public int ActiveYearsUpTo(int year) =>
        year < StartYear ? 0 : Math.Min(year, LifetimeYears is { } l ? StartYear + l - 1 : year) - StartYear + 1;

    /// <summary>A year's cost: the capex in the start year, the opex in every year the measure is active.</summary>
    public double Cost(int year) => (year == StartYear ? Capex : 0) + (IsActive(year) ? OpexPerYear : 0);

    /// <summary>How many units of <see cref="Quantity"/> the optimiser may choose from.</summary>
    public int MaxUnits => MaxQuantity is { } max && Quantity > 0 ? Math.Max(1, (int)Math.Floor(max / Quantity + 1e-9)) : 1;

    /// <summary>The measure bought <paramref name="units"/> times from <paramref name="startYear"/>: quantity and costs scale.</summary>
    public Measure Times(int units, int startYear) => this with
    {
        Quantity = Quantity * units, Capex = Capex * units, OpexPerYear = OpexPerYear * units, StartYear = startYear,
    };
}
