namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

internal static class GradeConditionChecks
{
    public static void CheckConditions(SchemeDefinition scheme, GradeRule grade, string field, DefinitionErrors errors)
    {
        if (grade.Conditions.Count == 0)
        {
            errors.Add($"{field}.conditions", "missing", $"Grade {grade.Grade} has no conditions.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < grade.Conditions.Count; c++)
        {
            var condition = grade.Conditions[c];
            var conditionField = $"{field}.conditions[{c}]";
            var indicator = scheme.FindIndicator(condition.Indicator);
            var known = IndicatorRegistry.FindIndicator(condition.Indicator);
            if (indicator is null || known is null)
            {
                errors.Add($"{conditionField}.indicator", "unknown-indicator", $"Grade {grade.Grade} uses '{condition.Indicator}', which is not an indicator of this scheme.");
                continue;
            }

            if (!seen.Add(condition.Indicator))
            {
                errors.Add($"{conditionField}.indicator", "duplicate-condition", $"Grade {grade.Grade} has more than one condition on {condition.Indicator}.");
            }

            ThresholdChecks.CheckComparison(condition.Comparison, known.Kind, $"{conditionField}.comparison", errors);
            if (condition.Comparison is not null && indicator.Comparison is not null && condition.Comparison != indicator.Comparison)
            {
                errors.Add($"{conditionField}.comparison", "comparison-mismatch",
                    $"Indicator {indicator.Code} is compared '{Names.Of(indicator.Comparison.Value)}', but grade {grade.Grade} compares it '{Names.Of(condition.Comparison.Value)}'.");
            }

            ThresholdChecks.CheckThreshold(condition.Threshold, known.Kind, known.MaxValue, $"{conditionField}.threshold", errors);
        }
    }

    /// <summary>
    /// Every condition of a lower grade must hold, at least as strictly, in the grade just above it
    /// (checking neighbours suffices: "at least as strict" is transitive).
    /// </summary>
    public static void CheckConsistency(SchemeDefinition scheme, DefinitionErrors errors)
    {
        for (var lower = 1; lower < scheme.Grades.Count; lower++)
        {
            var higher = lower - 1;
            foreach (var condition in scheme.Grades[lower].Conditions)
            {
                var problem = Looser(scheme.Grades[higher], scheme.Grades[lower].Grade, condition);
                if (problem is not null)
                {
                    errors.Add($"grades[{higher}].conditions", "grades-inconsistent", problem);
                }
            }
        }
    }

    private static string? Looser(GradeRule higher, string lowerGrade, GradeCondition lowerCondition)
    {
        if (lowerCondition.Threshold is null || lowerCondition.Comparison is null)
        {
            return null;
        }

        var same = higher.Conditions.FirstOrDefault(c => c.Indicator == lowerCondition.Indicator);
        if (same?.Threshold is { } t && same.Comparison == lowerCondition.Comparison)
        {
            return AtLeastAsStrict(same.Comparison.Value, t, lowerCondition.Threshold)
                ? null
                : $"Grade {higher.Grade} requires {Describe(same)}, looser than the lower grade {lowerGrade}'s {Describe(lowerCondition)}.";
        }

        // A stricter indicator can stand in: ratio123 ≥ t implies ratio12 ≥ t.
        var standIn = higher.Conditions.FirstOrDefault(c =>
            IndicatorRegistry.FindIndicator(c.Indicator)?.NeverExceeds == lowerCondition.Indicator
            && c.Comparison == Comparison.AtLeast && lowerCondition.Comparison == Comparison.AtLeast
            && c.Threshold is { } st && AtLeastAsStrict(Comparison.AtLeast, st, lowerCondition.Threshold));
        if (standIn is not null)
        {
            return null;
        }

        return same is null
            ? $"Grade {higher.Grade} has no condition on {lowerCondition.Indicator}, although the lower grade {lowerGrade} requires {Describe(lowerCondition)}."
            : $"Grade {higher.Grade} compares {lowerCondition.Indicator} differently from the lower grade {lowerGrade}.";
    }

    private static bool AtLeastAsStrict(Comparison comparison, Common.ScalarValue higher, Common.ScalarValue lower) => comparison switch
    {
        Comparison.AtLeast => higher.Number >= lower.Number,
        Comparison.AtMost => higher.Number <= lower.Number,
        _ => higher.Flag == lower.Flag,
    };

    private static string Describe(GradeCondition c) => c.Comparison switch
    {
        Comparison.AtLeast => $"{c.Indicator} ≥ {c.Threshold}",
        Comparison.AtMost => $"{c.Indicator} ≤ {c.Threshold}",
        _ => $"{c.Indicator} = {c.Threshold}",
    };
}
