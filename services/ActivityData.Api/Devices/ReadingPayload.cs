using System.Globalization;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// What a device sends, over MQTT or HTTP: <c>{ "time": "2024-03-05T14:15:00+08:00", "value": 1234.5 }</c> or an array of
/// them. <c>time</c> carries its offset (the park's local time is kept, China Standard Time); <c>value</c> is the register. Pure.
/// </summary>
public static class ReadingPayload
{
    public const int MaxReadings = 1_000;
    private static readonly TimeSpan ParkOffset = TimeSpan.FromHours(8);

    public static (IReadOnlyList<RegisterReading> Readings, IReadOnlyList<InputError> Errors) Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(utf8.ToArray()); }
        catch (JsonException e) { return ([], [new InputError(null, "body", "invalid-json", $"The payload is not JSON: {e.Message}")]); }
        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            if (items.Count is 0 or > MaxReadings)
                return ([], [new InputError(null, "body", "invalid-count", $"Send one reading or an array of 1 to {MaxReadings}.")]);
            var readings = new List<RegisterReading>();
            var errors = new List<InputError>();
            for (var i = 0; i < items.Count; i++)
            {
                var line = root.ValueKind == JsonValueKind.Array ? $"[{i}]" : null;
                var (reading, error) = Read(items[i], line);
                if (error is not null) errors.Add(error); else readings.Add(reading);
            }
            return errors.Count > 0 ? ([], errors) : (readings, []);
        }
    }

    private static (RegisterReading, InputError?) Read(JsonElement item, string? line)
    {
        if (item.ValueKind != JsonValueKind.Object) return (default, new(line, "body", "invalid-reading", "A reading is an object { time, value }."));
        if (!item.TryGetProperty("time", out var t) || t.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParseExact(t.GetString(), ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var time))
            return (default, new(line, "time", "invalid-time", "time is an ISO 8601 time with its offset, e.g. 2024-03-05T14:15:00+08:00."));
        if (!item.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var value) || !double.IsFinite(value) || value < 0)
            return (default, new(line, "value", "invalid-number", "value is the register's reading: a number, not negative."));
        return (new RegisterReading(time.ToOffset(ParkOffset).DateTime, value), null);
    }
}
