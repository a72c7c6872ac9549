using CarbonPlatform.Evaluation.Engine.Evaluating.Texts;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>
/// An indicator whose thresholds live in the grade rules. It is shown against the highest grade whose
/// condition on it holds (met), or else against the lowest grade that uses it (not met).
/// </summary>
internal static class GradedIndicatorEvaluator
{
    public static IndicatorOutcome Evaluate(IndicatorDefinition indicator, EvaluationContext context)
    {
        var conditions = context.Scheme.Grades
            .SelectMany(g => g.Conditions.Where(c => c.Indicator == indicator.Code).Select(c => (g.Grade, Condition: c)))
            .ToList();
        var resolved = context.ValueOf(indicator);
        if (conditions.Count == 0)
        {
            return Outcomes.Build(indicator, resolved.Value, null, Outcome.NotApplicable, GradedTexts.Unused(indicator));
        }

        var (lowestGrade, lowest) = conditions[^1];
        if (resolved.ExclusionReason is { } reason)
        {
            return Outcomes.Build(indicator, null, lowest.Threshold, Outcome.Excluded, IndicatorTexts.Excluded(indicator, reason), reason, lowestGrade);
        }

        if (resolved.Value is not { } value)
        {
            return Outcomes.Build(indicator, null, lowest.Threshold, Outcome.NotMet,
                IndicatorTexts.Missing(indicator, resolved.Missing ?? MissingTexts.NoSource), thresholdGrade: lowestGrade);
        }

        foreach (var (grade, condition) in conditions)
        {
            if (GradeResolver.Holds(condition, context))
            {
                return Outcomes.Build(indicator, value, condition.Threshold, Outcome.Met,
                    GradedTexts.Met(indicator, value, condition, grade), thresholdGrade: grade);
            }
        }

        return Outcomes.Build(indicator, value, lowest.Threshold, Outcome.NotMet,
            GradedTexts.NotMet(indicator, value, lowest, lowestGrade), thresholdGrade: lowestGrade);
    }
}
