using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>The warning every result of a non-official scheme carries.</summary>
internal static class SchemeNotice
{
    public static BilingualText? For(SchemeDefinition scheme) => scheme.Status switch
    {
        SchemeStatus.Official => null,
        SchemeStatus.Provisional => new(
            $"【注意：暂定阈值】本结果依据暂定方案 {scheme.Id}（第 {scheme.Version} 版）。其阈值和权重是本平台的暂定占位值，不是标准正式发布的数值；本结果不是正式评价结论，标准正式文本发布后将以新的方案版本取代。",
            $"[NOTICE: PROVISIONAL THRESHOLDS] This result uses the provisional scheme {scheme.Id} (version {scheme.Version}). Its thresholds and weights are placeholders set by this platform, NOT the published numbers of the standard; this result is not an official evaluation and will be superseded by a new scheme version once the standard's text is published."),
        _ => new(
            $"【注意：二手来源阈值】本结果依据方案 {scheme.Id}（第 {scheme.Version} 版），其阈值转录自二手资料，尚未与官方发布文本核对；请勿将本结果作为正式结论。",
            $"[NOTICE: SECONDARY-SOURCE THRESHOLDS] This result uses scheme {scheme.Id} (version {scheme.Version}), whose thresholds were transcribed from a secondary source and have NOT been checked against the official publication; do not rely on this result as an official conclusion."),
    };
}
