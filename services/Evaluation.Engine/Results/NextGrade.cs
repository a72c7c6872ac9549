using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Results;

/// <summary>The next grade up and what is missing for it, in figures.</summary>
public sealed record NextGrade
{
    public required string Grade { get; init; }

    /// <summary>Each unmet condition as one "中文 / English" sentence (the API's <c>missing</c>).</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>The same, structured.</summary>
    public required IReadOnlyList<MissingStep> Steps { get; init; }
}

public enum MissingStepKind
{
    /// <summary>Neutralise more tonnes (a neutralisation ratio below its threshold).</summary>
    Neutralise,

    /// <summary>Move an indicator's value to the threshold.</summary>
    ChangeValue,

    /// <summary>Give a value the evaluation lacks (missing or excluded).</summary>
    ProvideValue,

    /// <summary>Raise the management score; <see cref="MissingStep.Options"/> lists single items that alone suffice.</summary>
    RaiseManagementScore,
}

/// <summary>One unmet condition of the next grade.</summary>
public sealed record MissingStep
{
    public required MissingStepKind Kind { get; init; }

    public required string Indicator { get; init; }

    public ScalarValue? Current { get; init; }

    public ScalarValue? Target { get; init; }

    /// <summary>Tonnes to neutralise, or points of M lacking.</summary>
    public decimal? Amount { get; init; }

    public string? Unit { get; init; }

    public IReadOnlyList<ManagementOption>? Options { get; init; }

    public required BilingualText Text { get; init; }
}

/// <summary>A single management item whose change alone closes the gap in M.</summary>
public sealed record ManagementOption(string Item, ScalarValue? Current, ScalarValue Target, decimal Points, BilingualText Text);
