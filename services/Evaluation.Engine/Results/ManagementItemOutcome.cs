using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Results;

/// <summary>One management item: its value, where the value came from, and the points it earned.</summary>
public sealed record ManagementItemOutcome
{
    public required string Code { get; init; }

    public required BilingualText Name { get; init; }

    public required IndicatorKind Kind { get; init; }

    /// <summary>Null when no value was given (the item then scores 0).</summary>
    public ScalarValue? Value { get; init; }

    /// <summary>Computed by the platform or declared by the park; null when no value was given.</summary>
    public ValueProvenance? Provenance { get; init; }

    public required decimal Weight { get; init; }

    /// <summary>Unrounded points earned.</summary>
    public required decimal Score { get; init; }
}
