namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>
/// Grade rules: only for a graded scheme, known grades highest first, conditions on the scheme's own
/// indicators, and no higher grade looser than a lower one.
/// </summary>
internal static class GradeChecks
{
    /// <summary>The grades of the standard, highest first.</summary>
    public static readonly string[] Ladder = [.. Grades.Ladder];

    public static void Check(SchemeDefinition scheme, DefinitionErrors errors)
    {
        if (scheme.Result == ResultKind.PassFail)
        {
            if (scheme.Grades.Count > 0)
            {
                errors.Add("grades", "grades-not-allowed", "A pass-fail scheme has no grade rules.");
            }

            if (!scheme.Indicators.Any(i => i.Role == IndicatorRole.Core))
            {
                errors.Add("indicators", "no-core-indicator", "A pass-fail scheme needs at least one core indicator to decide 'passed'.");
            }

            return;
        }

        if (scheme.Result == ResultKind.Grades && scheme.Grades.Count == 0)
        {
            errors.Add("grades", "missing", "A graded scheme needs grade rules.");
        }

        CheckOrder(scheme.Grades, errors);
        for (var i = 0; i < scheme.Grades.Count; i++)
        {
            GradeConditionChecks.CheckConditions(scheme, scheme.Grades[i], $"grades[{i}]", errors);
        }

        GradeConditionChecks.CheckConsistency(scheme, errors);
    }

    private static void CheckOrder(IReadOnlyList<GradeRule> grades, DefinitionErrors errors)
    {
        var previousRank = -1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < grades.Count; i++)
        {
            var grade = grades[i].Grade;
            var rank = Array.IndexOf(Ladder, grade);
            if (rank < 0)
            {
                errors.Add($"grades[{i}].grade", "unknown-grade", $"Unknown grade '{grade}' (grades: {string.Join(", ", Ladder)}).");
                continue;
            }

            if (!seen.Add(grade))
            {
                errors.Add($"grades[{i}].grade", "duplicate-grade", $"Grade {grade} is defined more than once.");
            }
            else if (rank < previousRank)
            {
                errors.Add($"grades[{i}].grade", "grades-out-of-order", $"Grade {grade} comes after a lower grade; list grades highest first ({string.Join(", ", Ladder)}).");
            }

            previousRank = Math.Max(previousRank, rank);
        }
    }
}
