using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>Inclusive comparisons on unrounded values: "≥ 0.90" is met by 0.90 exactly.</summary>
public static class Comparisons
{
    public static bool Holds(Comparison comparison, ScalarValue value, ScalarValue threshold) => comparison switch
    {
        Comparison.AtLeast => value.Number is { } v && threshold.Number is { } t && v >= t,
        Comparison.AtMost => value.Number is { } v && threshold.Number is { } t && v <= t,
        Comparison.Is => value.Flag is { } f && threshold.Flag is { } g && f == g,
        _ => false,
    };
}
