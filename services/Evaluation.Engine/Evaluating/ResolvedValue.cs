using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>An indicator's value for this evaluation: a value, an exclusion, or missing (with why).</summary>
internal sealed record ResolvedValue(ScalarValue? Value, string? ExclusionReason, BilingualText? Missing)
{
    public bool IsExcluded => ExclusionReason is not null;

    public static ResolvedValue Of(ScalarValue value) => new(value, null, null);

    public static ResolvedValue Excluded(string reason) => new(null, reason, null);

    public static ResolvedValue MissingBecause(BilingualText why) => new(null, null, why);
}
