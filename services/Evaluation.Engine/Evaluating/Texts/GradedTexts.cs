using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>Sentences for an indicator held against grade conditions.</summary>
internal static class GradedTexts
{
    public static BilingualText Met(IndicatorDefinition indicator, ScalarValue value, GradeCondition condition, string grade) => new(
        $"{Subject(indicator, value, condition, true)}，满足 {grade} 级条件（{Condition(indicator, condition, true)}）。",
        $"{Subject(indicator, value, condition, false)}, meeting the grade {grade} condition ({Condition(indicator, condition, false)}).");

    public static BilingualText NotMet(IndicatorDefinition indicator, ScalarValue value, GradeCondition condition, string grade) => new(
        $"{Subject(indicator, value, condition, true)}，未满足使用该指标的最低等级 {grade} 级的条件（{Condition(indicator, condition, true)}）。",
        $"{Subject(indicator, value, condition, false)}, short of the grade {grade} condition ({Condition(indicator, condition, false)}), the lowest grade that uses it.");

    public static BilingualText Unused(IndicatorDefinition indicator) => new(
        $"{Words.NameZh(indicator)}：没有等级条件使用该指标，不适用。",
        $"{Words.Capitalized(Words.NameEn(indicator))}: no grade condition uses it: not applicable.");

    public static string Condition(IndicatorDefinition indicator, GradeCondition condition, bool zh) =>
        condition.Threshold is { } t ? $"{Words.Symbol(condition.Comparison)} {Words.Threshold(t, indicator.Unit, zh)}" : "";

    // "碳中和比例为 1.0200" / "The carbon-neutrality ratio is 1.0200"; a yes/no reads "报告范围三排放：是" / "Scope 3 reported: yes".
    private static string Subject(IndicatorDefinition indicator, ScalarValue value, GradeCondition condition, bool zh)
    {
        var shown = Words.Value(value, condition.Threshold, indicator.Unit, zh);
        var name = zh ? Words.NameZh(indicator) : Words.Capitalized(Words.NameEn(indicator));
        return (value.IsFlag, zh) switch
        {
            (true, true) => $"{name}：{shown}",
            (true, false) => $"{name}: {shown}",
            (false, true) => $"{name}为 {shown}",
            (false, false) => $"{name} is {shown}",
        };
    }
}
