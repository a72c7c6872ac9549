using System.Globalization;

namespace CarbonPlatform.Evaluation.Engine.Common;

/// <summary>Invariant number formatting for explanations ("1,240.5", "0.90").</summary>
public static class Format
{
    private const int MaxShownDecimals = 4;

    /// <summary>Keeps the scale the number was written with (0.90 stays "0.90"), at most 4 decimals.</summary>
    public static string Number(decimal value)
    {
        var decimals = Math.Min((int)value.Scale, MaxShownDecimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(Pattern(decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Like <see cref="Number"/>, but shows more decimals when rounding would make a value look equal
    /// to the threshold it misses (0.89996 against 0.90 must not read "0.9000").
    /// </summary>
    public static string Against(decimal value, decimal threshold)
    {
        var shown = Number(value);
        if (value == threshold || decimal.Parse(shown.Replace(",", ""), CultureInfo.InvariantCulture) != threshold)
        {
            return shown;
        }

        return value.ToString("#,0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>A fixed number of decimals, with thousands separators.</summary>
    public static string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(Pattern(decimals), CultureInfo.InvariantCulture);

    /// <summary>At most 2 decimals, trailing zeros dropped ("10", "6.5").</summary>
    public static string Compact(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Rounds up, so that a figure quoted as "enough" really is enough.</summary>
    public static decimal CeilingTo(decimal value, int decimals)
    {
        var factor = Pow10(decimals);
        return Math.Ceiling(value * factor) / factor;
    }

    private static decimal Pow10(int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }

        return factor;
    }

    private static string Pattern(int decimals) => decimals == 0 ? "#,0" : "#,0." + new string('0', decimals);
}
