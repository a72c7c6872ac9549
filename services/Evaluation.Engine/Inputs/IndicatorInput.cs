using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>A declared indicator: a value (<c>0.93</c>, <c>true</c>) or an exclusion with its reason.</summary>
public sealed record IndicatorInput
{
    private IndicatorInput(ScalarValue? value, string? exclusionReason)
    {
        Value = value;
        ExclusionReason = exclusionReason;
    }

    public ScalarValue? Value { get; }

    /// <summary>Why the park lacks the objective conditions for this indicator; null unless excluded.</summary>
    public string? ExclusionReason { get; }

    public bool IsExcluded => ExclusionReason is not null;

    public static IndicatorInput Of(decimal number) => new(ScalarValue.Of(number), null);

    public static IndicatorInput Of(bool flag) => new(ScalarValue.Of(flag), null);

    public static IndicatorInput Excluded(string reason) => new(null, reason);
}
