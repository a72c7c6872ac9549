using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>The first grade, highest first, whose every condition holds. Missing or excluded values hold nothing.</summary>
internal static class GradeResolver
{
    /// <summary>The index of the grade reached in <see cref="SchemeDefinition.Grades"/>, or null for none.</summary>
    public static int? Resolve(EvaluationContext context)
    {
        var grades = context.Scheme.Grades;
        for (var i = 0; i < grades.Count; i++)
        {
            if (grades[i].Conditions.All(c => Holds(c, context)))
            {
                return i;
            }
        }

        return null;
    }

    public static bool Holds(GradeCondition condition, EvaluationContext context)
    {
        var indicator = context.Scheme.FindIndicator(condition.Indicator);
        return indicator is not null
            && condition.Threshold is { } threshold
            && condition.Comparison is { } comparison
            && context.ValueOf(indicator).Value is { } value
            && Comparisons.Holds(comparison, value, threshold);
    }
}
