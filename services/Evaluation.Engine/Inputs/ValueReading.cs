using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>Reads one JSON value as the kind an indicator or item expects, with a range check.</summary>
internal static class ValueReading
{
    public static ScalarValue? Read(JsonElement value, IndicatorKind kind, decimal? max, string field, List<InputError> errors)
    {
        switch (kind, value.ValueKind)
        {
            case (IndicatorKind.YesNo, JsonValueKind.True or JsonValueKind.False):
                return ScalarValue.Of(value.GetBoolean());
            case (IndicatorKind.YesNo, _):
                errors.Add(InputError.For(field, "wrong-type", $"{field} must be true or false."));
                return null;
            case (_, JsonValueKind.Number):
                return ReadNumber(value, kind, max, field, errors);
            default:
                errors.Add(InputError.For(field, "wrong-type", $"{field} must be a number{RangeHint(kind, max)}."));
                return null;
        }
    }

    private static ScalarValue? ReadNumber(JsonElement value, IndicatorKind kind, decimal? max, string field, List<InputError> errors)
    {
        if (!value.TryGetDecimal(out var number))
        {
            errors.Add(InputError.For(field, "invalid-number", $"{field} is not a representable number."));
            return null;
        }

        if (number < 0 || (max is { } m && number > m))
        {
            errors.Add(InputError.For(field, "out-of-range", $"{field} = {number} is out of range: it must be a number{RangeHint(kind, max)}."));
            return null;
        }

        return ScalarValue.Of(number);
    }

    private static string RangeHint(IndicatorKind kind, decimal? max) => max switch
    {
        1m when kind == IndicatorKind.Ratio => " between 0 and 1 (0.93 for 93 %)",
        { } m => $" between 0 and {m}",
        null => " ≥ 0",
    };
}
