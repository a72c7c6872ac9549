using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>What is missing for the next grade, in figures ("再中和 433.4 tCO2e / neutralise 433.4 tCO2e more").</summary>
internal static class NextGradeTexts
{
    public static BilingualText ProvideValue(IndicatorDefinition indicator, bool excluded) => new(
        $"提供{Words.NameZh(indicator)}的数值（目前{(excluded ? "已排除" : "缺失")}）",
        $"give a value for the {Words.NameEn(indicator)} (it is {(excluded ? "excluded" : "missing")})");

    public static BilingualText Neutralise(IndicatorDefinition indicator, ScalarValue current, ScalarValue threshold, decimal tonnes) => new(
        $"再中和 {Format.Fixed(tonnes, 1)} tCO2e，使{Words.NameZh(indicator)}从 {Words.Value(current, threshold, null, true)} 提高到 {Words.Threshold(threshold, null, true)}",
        $"neutralise {Format.Fixed(tonnes, 1)} tCO2e more, raising the {Words.NameEn(indicator)} from {Words.Value(current, threshold, null, false)} to {Words.Threshold(threshold, null, false)}");

    public static BilingualText ChangeValue(IndicatorDefinition indicator, ScalarValue current, ScalarValue threshold)
    {
        if (indicator.Figure == InventoryFigureNames.Scope3Reported)
        {
            return new("在清单中报告至少一项范围三排放", "report at least one scope-3 line in the inventory");
        }

        if (threshold.Flag is { } required)
        {
            return new(
                $"{Words.NameZh(indicator)}需为“{Words.Flag(required, true)}”（目前为“{Words.Value(current, null, null, true)}”）",
                $"the {Words.NameEn(indicator)} must be {Words.Flag(required, false)} (it is {Words.Value(current, null, null, false)})");
        }

        var (verbZh, verbEn) = indicator.Comparison == Comparison.AtMost ? ("降低", "lower") : ("提高", "raise");
        return new(
            $"将{Words.NameZh(indicator)}从 {Words.Value(current, threshold, indicator.Unit, true)} {verbZh}到 {Words.Threshold(threshold, indicator.Unit, true)}",
            $"{verbEn} the {Words.NameEn(indicator)} from {Words.Value(current, threshold, indicator.Unit, false)} to {Words.Threshold(threshold, indicator.Unit, false)}");
    }

    public static BilingualText RaiseManagementScore(
        IndicatorDefinition indicator, decimal score, ScalarValue threshold, decimal gap, IReadOnlyList<ManagementOption> options)
    {
        var t = threshold.Number!.Value;
        var shortBy = Format.Fixed(Format.CeilingTo(gap, 2), 2);
        var zh = $"将{Words.NameZh(indicator)}从 {Words.Points(score, t)} 提高到至少 {Format.Number(t)}（差 {shortBy} 分）";
        var en = $"raise the {Words.NameEn(indicator)} from {Words.Points(score, t)} to at least {Format.Number(t)} ({shortBy} points short)";
        return options.Count == 0
            ? new($"{zh}；没有任何单项能单独补足，需多项同时改进", $"{en}; no single item can close the gap alone, several must improve")
            : new($"{zh}；以下任一单项即可单独补足：{string.Join("；或 ", options.Select(o => o.Text.Zh))}",
                  $"{en}; any one of these alone suffices: {string.Join("; or ", options.Select(o => o.Text.En))}");
    }

    public static BilingualText Option(ManagementItemDefinition item, ScalarValue? current, ScalarValue target, decimal points)
    {
        var name = item.Name ?? new BilingualText(item.Code, item.Code);
        var plus = Format.Compact(points);
        if (target.Flag is not null)
        {
            return new($"{item.Code}（{name.Zh}）改为“是”（+{plus} 分）", $"make {item.Code} ({name.En}) yes (+{plus} points)");
        }

        var to = item.Kind == IndicatorKind.Ratio ? Words.Share(target.Number!.Value) : Format.Number(target.Number!.Value);
        if (current?.Number is not { } from)
        {
            return new($"{item.Code}（{name.Zh}）填报为 {to}（+{plus} 分）", $"report {item.Code} ({name.En}) as {to} (+{plus} points)");
        }

        var fromText = item.Kind == IndicatorKind.Ratio ? Words.Share(from) : Format.Number(from);
        return new($"{item.Code} 从 {fromText} 提高到 {to}（+{plus} 分）", $"raise {item.Code} from {fromText} to {to} (+{plus} points)");
    }
}
