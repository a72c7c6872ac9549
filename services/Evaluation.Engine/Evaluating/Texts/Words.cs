using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>Small pieces of wording shared by the explanations.</summary>
internal static class Words
{
    public static string NameZh(IndicatorDefinition i) => i.Name?.Zh ?? i.Code;

    public static string NameEn(IndicatorDefinition i) => i.Name?.En ?? i.Code;

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Flag(bool flag, bool zh) => zh ? (flag ? "是" : "否") : (flag ? "yes" : "no");

    public static string Unit(string? unit) => string.IsNullOrEmpty(unit) ? "" : " " + unit;

    /// <summary>A value as shown beside its threshold: numbers with enough decimals not to look equal to it.</summary>
    public static string Value(ScalarValue value, ScalarValue? threshold, string? unit, bool zh) => value switch
    {
        { Flag: { } f } => Flag(f, zh),
        { Number: { } n } when threshold?.Number is { } t => Format.Against(n, t) + Unit(unit),
        { Number: { } n } => Format.Number(n) + Unit(unit),
        _ => "",
    };

    /// <summary>A share with at least 2 decimals ("0.40"), more when it has them (at most 4).</summary>
    public static string Share(decimal value) => Format.Fixed(value, Math.Clamp((int)value.Scale, 2, 4));

    /// <summary>A score with 2 decimals, more if rounding would make it look equal to the threshold it misses.</summary>
    public static string Points(decimal score, decimal threshold) =>
        Math.Round(score, 2, MidpointRounding.AwayFromZero) == threshold && score != threshold
            ? Format.Against(score, threshold)
            : Format.Fixed(score, 2);

    public static string Threshold(ScalarValue threshold, string? unit, bool zh) =>
        threshold.Flag is { } f ? Flag(f, zh) : Format.Number(threshold.Number!.Value) + Unit(unit);

    public static string Symbol(Comparison? comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        _ => "=",
    };

    /// <summary>"不低于" / "at or above" when met, "低于" / "below" when not.</summary>
    public static (string Zh, string En) Relation(Comparison? comparison, bool met) => (comparison, met) switch
    {
        (Comparison.AtLeast, true) => ("不低于", "at or above"),
        (Comparison.AtLeast, false) => ("低于", "below"),
        (Comparison.AtMost, true) => ("不高于", "at or below"),
        (Comparison.AtMost, false) => ("高于", "above"),
        _ => met ? ("符合", "matching") : ("不符合", "not matching"),
    };
}
