using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Results;

/// <summary>One indicator: its value, the threshold it was held against, the outcome and why.</summary>
public sealed record IndicatorOutcome
{
    public required string Code { get; init; }

    public required BilingualText Name { get; init; }

    public required IndicatorRole Role { get; init; }

    /// <summary>Unrounded; null when missing or excluded.</summary>
    public ScalarValue? Value { get; init; }

    public string? Unit { get; init; }

    public Comparison? Comparison { get; init; }

    /// <summary>Null when no threshold applies (not-applicable, or no grade uses it).</summary>
    public ScalarValue? Threshold { get; init; }

    /// <summary>In a graded scheme: the grade whose condition the threshold is.</summary>
    public string? ThresholdGrade { get; init; }

    public required Outcome Outcome { get; init; }

    public string? ExcludedReason { get; init; }

    public required string Explanation { get; init; }

    public required string ExplanationZh { get; init; }

    public required string ExplanationEn { get; init; }
}
