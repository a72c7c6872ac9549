using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

internal static class Outcomes
{
    public static IndicatorOutcome Build(
        IndicatorDefinition indicator, ScalarValue? value, ScalarValue? threshold, Outcome outcome, BilingualText explanation,
        string? excludedReason = null, string? thresholdGrade = null) => new()
    {
        Code = indicator.Code,
        Name = indicator.Name ?? new BilingualText(indicator.Code, indicator.Code),
        Role = indicator.Role ?? IndicatorRole.Guiding,
        Value = value,
        Unit = indicator.Unit,
        Comparison = indicator.Comparison,
        Threshold = threshold,
        ThresholdGrade = thresholdGrade,
        Outcome = outcome,
        ExcludedReason = excludedReason,
        Explanation = explanation.Combined,
        ExplanationZh = explanation.Zh,
        ExplanationEn = explanation.En,
    };
}
