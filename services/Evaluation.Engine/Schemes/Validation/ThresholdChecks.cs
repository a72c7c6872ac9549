using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>A comparison and threshold must fit the kind: yes/no takes "is" and true/false; numbers take ≥ or ≤ and a number.</summary>
internal static class ThresholdChecks
{
    public static void CheckComparison(Comparison? comparison, IndicatorKind kind, string field, DefinitionErrors errors)
    {
        if (comparison is null)
        {
            errors.Add(field, "missing", "The comparison is missing (at-least, at-most, or is for yes/no).");
        }
        else if (kind == IndicatorKind.YesNo && comparison != Comparison.Is)
        {
            errors.Add(field, "comparison-mismatch", "A yes/no indicator is compared with 'is'.");
        }
        else if (kind != IndicatorKind.YesNo && comparison == Comparison.Is)
        {
            errors.Add(field, "comparison-mismatch", $"A {Describe(kind)} indicator is compared with 'at-least' or 'at-most'.");
        }
    }

    public static void CheckThreshold(ScalarValue? threshold, IndicatorKind kind, decimal? max, string field, DefinitionErrors errors)
    {
        if (threshold is null)
        {
            errors.Add(field, "missing", "The threshold is missing.");
        }
        else if (kind == IndicatorKind.YesNo && !threshold.IsFlag)
        {
            errors.Add(field, "wrong-threshold-type", $"A yes/no indicator needs a threshold of true or false, not {threshold}.");
        }
        else if (kind != IndicatorKind.YesNo && !threshold.IsNumber)
        {
            errors.Add(field, "wrong-threshold-type", $"A {Describe(kind)} indicator needs a numeric threshold, not {threshold}.");
        }
        else if (threshold.Number is { } n)
        {
            CheckRange(n, max, field, errors);
        }
    }

    public static void CheckRange(decimal threshold, decimal? max, string field, DefinitionErrors errors)
    {
        if (threshold < 0 || (max is { } m && threshold > m))
        {
            var range = max is { } mm ? $"between 0 and {mm}" : "≥ 0";
            errors.Add(field, "threshold-out-of-range", $"The threshold {threshold} must be {range}.");
        }
    }

    private static string Describe(IndicatorKind kind) => kind == IndicatorKind.Ratio ? "ratio" : "number";
}
