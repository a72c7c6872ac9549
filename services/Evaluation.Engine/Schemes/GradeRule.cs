using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>A grade and the conditions that must all hold for it.</summary>
public sealed record GradeRule
{
    public string Grade { get; init; } = "";

    public IReadOnlyList<GradeCondition> Conditions { get; init; } = [];
}

/// <summary>One condition of a grade: an indicator of the scheme held against a threshold, inclusively.</summary>
public sealed record GradeCondition
{
    public string Indicator { get; init; } = "";

    public Comparison? Comparison { get; init; }

    public ScalarValue? Threshold { get; init; }
}
