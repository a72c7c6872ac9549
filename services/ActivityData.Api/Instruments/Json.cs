namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>Typed reads of a body's fields: absent or null is null; a value of the wrong type is an error naming the field.</summary>
internal static class Json
{
    public static string? Text(JsonElement body, string field, List<InputError> errors, string path = "")
    {
        if (!body.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        errors.Add(new InputError(null, path + field, "invalid-type", $"{path}{field} is a text."));
        return null;
    }

    public static double? Number(JsonElement body, string field, List<InputError> errors, string path = "") =>
        Read<double>(body, field, errors, path, "a number", v => v.GetDouble());

    public static int? Int(JsonElement body, string field, List<InputError> errors, string path = "") =>
        Read<int>(body, field, errors, path, "a whole number", v => v.TryGetInt32(out var i) ? i : null);

    public static long? Long(JsonElement body, string field, List<InputError> errors, string path = "") =>
        Read<long>(body, field, errors, path, "a whole number", v => v.TryGetInt64(out var i) ? i : null);

    private static T? Read<T>(JsonElement body, string field, List<InputError> errors, string path, string what, Func<JsonElement, T?> get)
        where T : struct
    {
        if (!body.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        var value = v.ValueKind == JsonValueKind.Number ? get(v) : null;
        if (value is null) errors.Add(new InputError(null, path + field, "invalid-type", $"{path}{field} is {what}."));
        return value;
    }
}
