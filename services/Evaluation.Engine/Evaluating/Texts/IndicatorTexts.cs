using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>
/// One sentence per outcome, in Chinese and English: what the value is, what it was held against,
/// the verdict, and what the verdict does to <c>passed</c> when that is not obvious.
/// </summary>
internal static class IndicatorTexts
{
    public static BilingualText Compared(IndicatorDefinition indicator, ScalarValue value, ScalarValue threshold, bool met, BilingualText? context)
    {
        string zh, en;
        if (value.Flag is not null)
        {
            zh = $"{Words.NameZh(indicator)}：{Words.Value(value, threshold, null, true)}，要求为“{Words.Threshold(threshold, null, true)}”";
            en = $"{Words.Capitalized(Words.NameEn(indicator))}: {Words.Value(value, threshold, null, false)}, where {Words.Threshold(threshold, null, false)} is required";
        }
        else
        {
            var (relZh, relEn) = Words.Relation(indicator.Comparison, met);
            zh = $"{Words.NameZh(indicator)}为 {Words.Value(value, threshold, indicator.Unit, true)}，{relZh}阈值 {Words.Threshold(threshold, indicator.Unit, true)}";
            en = $"{Words.Capitalized(Words.NameEn(indicator))} is {Words.Value(value, threshold, indicator.Unit, false)}, {relEn} the threshold {Words.Threshold(threshold, indicator.Unit, false)}";
        }

        return Finish(indicator, met ? Outcome.Met : Outcome.NotMet, zh + context?.Zh, en + context?.En);
    }

    public static BilingualText Excluded(IndicatorDefinition indicator, string reason) => Finish(indicator, Outcome.Excluded,
        $"{Words.NameZh(indicator)}已排除，理由：{reason}",
        $"{Words.Capitalized(Words.NameEn(indicator))} is excluded ({reason})");

    public static BilingualText Missing(IndicatorDefinition indicator, BilingualText why) =>
        Finish(indicator, Outcome.NotMet, why.Zh, why.En, missing: true);

    public static BilingualText OutsideBands(IndicatorDefinition indicator, ThresholdBands bands, decimal basis)
    {
        var basisName = FigureNames.Of(bands.Basis);
        var amount = Format.Fixed(basis, 1) + Words.Unit(bands.Unit);
        return Finish(indicator, bands.OutsideBands,
            $"{basisName.Zh} {amount} 不在本方案设有{Words.NameZh(indicator)}阈值的范围内（{BandTexts.List(bands, indicator, true)}）",
            $"{Words.Capitalized(basisName.En)} of {amount} lies outside the bands for which the scheme sets a threshold for the {Words.NameEn(indicator)} ({BandTexts.List(bands, indicator, false)})");
    }

    public static BilingualText BasisMissing(IndicatorDefinition indicator, ThresholdBands bands)
    {
        var basisName = FigureNames.Of(bands.Basis);
        return Missing(indicator, new BilingualText(
            $"核算结果未给出{basisName.Zh}，无法确定{Words.NameZh(indicator)}适用的阈值",
            $"The inventory gives no {basisName.En}, so the threshold for the {Words.NameEn(indicator)} cannot be chosen"));
    }

    private static BilingualText Finish(IndicatorDefinition indicator, Outcome outcome, string zh, string en, bool missing = false)
    {
        var (verdictZh, verdictEn) = (outcome, missing) switch
        {
            (Outcome.NotMet, true) => ("按未达标处理（缺少数据不能视为达标）", "not met (missing data never passes)"),
            (Outcome.Met, _) => ("达标", "met"),
            (Outcome.NotMet, _) => ("未达标", "not met"),
            (Outcome.Excluded, _) => ("不计为未达标", "not counted as not met"),
            _ => ("不适用", "not applicable"),
        };
        var (suffixZh, suffixEn) = RoleSuffix(indicator, outcome);
        return new BilingualText($"{zh}，{verdictZh}{suffixZh}。", $"{en}: {verdictEn}{suffixEn}.");
    }

    private static (string Zh, string En) RoleSuffix(IndicatorDefinition indicator, Outcome outcome) => (indicator.Role, outcome) switch
    {
        (IndicatorRole.Informational, _) => (
            $"（{indicator.Note?.Zh ?? "参考性指标，不影响是否通过"}）",
            $" ({indicator.Note?.En ?? "informational: it never changes passed"})"),
        (IndicatorRole.Core, Outcome.NotMet) => ("；核心指标未达标，园区未通过", "; the core indicator decides passed, so the park has not passed"),
        (IndicatorRole.Core, Outcome.NotApplicable) => (
            "；核心指标不适用的园区不能申请验收，因此未通过",
            "; a park to which the core indicator does not apply may not apply for acceptance, so it has not passed"),
        (IndicatorRole.Guiding, Outcome.NotMet or Outcome.Excluded) => ("；引导性指标，不影响是否通过", "; a guiding indicator does not change passed"),
        _ => ("", ""),
    };
}
