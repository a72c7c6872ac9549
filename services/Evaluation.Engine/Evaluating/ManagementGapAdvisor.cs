using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Evaluating.Texts;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>
/// The points M lacks for a grade, and every single management item whose change alone closes the
/// gap (targets rounded up to 2 decimals, so the quoted value is enough).
/// </summary>
internal static class ManagementGapAdvisor
{
    private const int TargetDecimals = 2;

    public static MissingStep Step(IndicatorDefinition indicator, decimal threshold, EvaluationContext context)
    {
        var assessment = context.Management!;
        var gap = threshold - assessment.Score;
        var items = context.Scheme.Management!.Items;
        var options = items
            .Zip(assessment.Items, (item, outcome) => Option(item, outcome, gap))
            .OfType<ManagementOption>()
            .ToList();
        return new MissingStep
        {
            Kind = MissingStepKind.RaiseManagementScore,
            Indicator = indicator.Code,
            Current = assessment.Score,
            Target = threshold,
            Amount = gap,
            Unit = "points",
            Options = options,
            Text = NextGradeTexts.RaiseManagementScore(indicator, assessment.Score, threshold, gap, options),
        };
    }

    private static ManagementOption? Option(ManagementItemDefinition item, ManagementItemOutcome outcome, decimal gap)
    {
        if (item.Weight - outcome.Score < gap)
        {
            return null;
        }

        ScalarValue target = item.Kind switch
        {
            IndicatorKind.YesNo => true,
            IndicatorKind.Ratio => Math.Min(Format.CeilingTo((outcome.Score + gap) / item.Weight, TargetDecimals), 1m),
            _ => Math.Min(Format.CeilingTo(item.FullMarksAt!.Value * (outcome.Score + gap) / item.Weight, TargetDecimals), item.FullMarksAt!.Value),
        };
        var points = ManagementScorer.Points(item, target) - outcome.Score;
        return new ManagementOption(item.Code, outcome.Value, target, points, NextGradeTexts.Option(item, outcome.Value, target, points));
    }
}
