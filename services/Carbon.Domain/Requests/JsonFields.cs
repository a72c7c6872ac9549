using System.Text.Json;

namespace CarbonPlatform.Domain.Requests;

/// <summary>Typed reads of JSON values that report a wrong JSON type as an input error instead
/// of throwing. JSON <c>null</c> reads as absent.</summary>
internal readonly struct JsonFields(InputErrorList errors, string? lineId, int index, bool onLine)
{
    public string? String(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        Wrong(value, field, "a string");
        return null;
    }

    public double? Number(JsonElement value, string field)
    {
        // -0 is 0: stored, hashed and shown as "0", never as a signed zero the caller did not mean.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)) return d == 0 ? 0 : d;
        Wrong(value, field, "a finite number");
        return null;
    }

    public int? Integer(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i)) return i;
        Wrong(value, field, "a whole number");
        return null;
    }

    public bool? Boolean(JsonElement value, string field)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Wrong(value, field, "true or false");
        return null;
    }

    private void Wrong(JsonElement value, string field, string expected)
    {
        if (value.ValueKind == JsonValueKind.Null) return;
        var message = $"{field} must be {expected}, not {Describe(value.ValueKind)}";
        if (onLine) errors.AddForLine(lineId, index, field, ErrorCodes.InvalidType, message);
        else errors.Add(field, ErrorCodes.InvalidType, message);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
