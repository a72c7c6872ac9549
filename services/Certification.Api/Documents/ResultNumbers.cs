using System.Globalization;
using System.Text.Json;

namespace CarbonPlatform.Certification.Documents;

/// <summary>Printable values and thresholds from the result JSON's bare numbers and booleans.</summary>
internal static class ResultNumbers
{
    private const string None = "—";

    public static string Value(JsonElement value, JsonElement threshold) => value.ValueKind switch
    {
        JsonValueKind.Number when threshold.ValueKind == JsonValueKind.Number => Against(value.GetDecimal(), threshold.GetDecimal()),
        JsonValueKind.Number => Number(value.GetDecimal()),
        JsonValueKind.True or JsonValueKind.False => Labels.YesNo(value.GetBoolean()),
        _ => None,
    };

    public static string Threshold(string? comparison, JsonElement threshold, string? grade)
    {
        if (threshold.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return None;
        var sign = comparison switch { "at-least" => "≥ ", "at-most" => "≤ ", "is" => "= ", _ => "" };
        var text = sign + Value(threshold, default);
        return grade is null ? text : $"{text} ({grade})";
    }

    /// <summary>Scores and weights: at most 2 decimals, trailing zeros dropped.</summary>
    public static string Compact(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Whole numbers as they are; fractions with 2 to 4 decimals (0.5 → 0.50, 0.53999… → 0.5400).</summary>
    public static string Number(decimal value)
    {
        var decimals = value.Scale == 0 ? 0 : Math.Clamp((int)value.Scale, 2, 4);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>Like <see cref="Number"/>, with more decimals where rounding would make a miss look like the threshold.</summary>
    private static string Against(decimal value, decimal threshold)
    {
        var shown = Number(value);
        var looksEqual = decimal.Parse(shown, NumberStyles.Number, CultureInfo.InvariantCulture) == threshold;
        return value != threshold && looksEqual ? value.ToString("#,0.##########", CultureInfo.InvariantCulture) : shown;
    }
}
