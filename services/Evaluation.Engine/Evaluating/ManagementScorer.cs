using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>The management items as scored, and M (unrounded for comparisons, rounded for the result).</summary>
public sealed record ManagementAssessment(IReadOnlyList<ManagementItemOutcome> Items, decimal Score, decimal RoundedScore);

/// <summary>
/// Scores the management items: yes = full weight, no = 0; a ratio r scores r × weight; a number v
/// scores min(v / fullMarksAt, 1) × weight; an item with no value scores 0. Decimal arithmetic, so
/// 0.95 × 15 is exactly 14.25.
/// </summary>
public static class ManagementScorer
{
    public static ManagementAssessment Score(ManagementDefinition management, EvaluationInputs inputs)
    {
        var items = management.Items.Select(item => ScoreItem(item, inputs.Management.GetValueOrDefault(item.Code))).ToList();
        var score = items.Sum(i => i.Score);
        var rounded = Math.Round(score, management.RoundingDecimals, MidpointRounding.AwayFromZero);
        return new ManagementAssessment(items, score, rounded);
    }

    /// <summary>The points a value earns for an item.</summary>
    public static decimal Points(ManagementItemDefinition item, ScalarValue? value) => (item.Kind, value) switch
    {
        (_, null) => 0m,
        (IndicatorKind.YesNo, { Flag: true }) => item.Weight,
        (IndicatorKind.Ratio, { Number: { } r }) => Math.Min(r, 1m) * item.Weight,
        (IndicatorKind.Number, { Number: { } v }) when item.FullMarksAt is > 0 => Math.Min(v / item.FullMarksAt.Value, 1m) * item.Weight,
        _ => 0m,
    };

    private static ManagementItemOutcome ScoreItem(ManagementItemDefinition item, ManagementInput? input) => new()
    {
        Code = item.Code,
        Name = item.Name ?? new BilingualText(item.Code, item.Code),
        Kind = item.Kind ?? IndicatorKind.Number,
        Value = input?.Value,
        Provenance = input?.Provenance,
        Weight = item.Weight,
        Score = Points(item, input?.Value),
    };
}
