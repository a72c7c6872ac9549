using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>
/// The management items and how they score: yes = full weight, no = 0; a ratio r scores r × weight;
/// a number v scores min(v / FullMarksAt, 1) × weight; an item with no value scores 0.
/// The score M is their sum, reported rounded to <see cref="RoundingDecimals"/>; comparisons use it unrounded.
/// </summary>
public sealed record ManagementDefinition
{
    public decimal MaxScore { get; init; } = 100m;

    public int RoundingDecimals { get; init; } = 2;

    public IReadOnlyList<ManagementItemDefinition> Items { get; init; } = [];
}

public sealed record ManagementItemDefinition
{
    /// <summary>A code known to <see cref="IndicatorRegistry"/> (P1…P5, L1…L5).</summary>
    public string Code { get; init; } = "";

    public BilingualText? Name { get; init; }

    public IndicatorKind? Kind { get; init; }

    public decimal Weight { get; init; }

    /// <summary>For a number item: the value that earns the full weight (L2: 5 years).</summary>
    public decimal? FullMarksAt { get; init; }

    /// <summary>The platform can measure it from its own data (ledger, monitoring) rather than take a declaration.</summary>
    public bool Computable { get; init; }
}
