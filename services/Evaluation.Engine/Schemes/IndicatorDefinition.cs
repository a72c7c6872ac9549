using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>An indicator of a scheme: what it measures, where the value comes from, how it is judged.</summary>
public sealed record IndicatorDefinition
{
    /// <summary>A code known to <see cref="IndicatorRegistry"/> (CORE, G1…G5, D1, R12, R123, S3, M).</summary>
    public string Code { get; init; } = "";

    public BilingualText? Name { get; init; }

    public IndicatorKind? Kind { get; init; }

    public string? Unit { get; init; }

    public ValueSource? Source { get; init; }

    /// <summary>For <see cref="ValueSource.Inventory"/>: the name of the <see cref="Inputs.InventoryFigures"/> figure.</summary>
    public string? Figure { get; init; }

    public IndicatorRole? Role { get; init; }

    public Comparison? Comparison { get; init; }

    /// <summary>A single threshold; null when <see cref="Bands"/> apply or the grade rules carry the thresholds.</summary>
    public ScalarValue? Threshold { get; init; }

    /// <summary>Thresholds that depend on the size of the park (910's CORE).</summary>
    public ThresholdBands? Bands { get; init; }

    /// <summary>Whether the park may exclude it with a stated reason (guiding indicators).</summary>
    public bool Excludable { get; init; }

    /// <summary>A remark shown with the outcome (e.g. "in principle not below 50%").</summary>
    public BilingualText? Note { get; init; }
}
