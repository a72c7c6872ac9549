namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A device registration read from its JSON, every problem by field. Pure.</summary>
public static class DeviceRequests
{
    public static (DeviceRequest? Request, List<InputError> Errors) Read(JsonElement body)
    {
        var errors = new List<InputError>();
        void Error(string field, string code, string message) => errors.Add(new InputError(null, field, code, message));
        if (body.ValueKind != JsonValueKind.Object) return (null, [new InputError(null, "body", "invalid-body", "The device is a JSON object.")]);
        string? Text(string name) => body.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()?.Trim() : null;
        double? Number(string name) => body.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out var d) ? d : null;
        bool Present(string name) => body.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null;

        if (!Guid.TryParse(Text("sourceId"), out var source)) Error("sourceId", "missing-field", "sourceId names the metered emission source the meter measures.");
        var meter = Text("meterId");
        if (string.IsNullOrEmpty(meter) || meter.Length > 100) Error("meterId", "missing-field", "meterId is the meter's number (表号), 1 to 100 characters.");
        var unit = Text("unit");
        if (string.IsNullOrEmpty(unit) || unit.Length > 20) Error("unit", "missing-field", "unit is the unit of the source's lines, e.g. MWh.");
        var interval = Number("intervalMinutes");
        if (interval is not { } i || i != Math.Floor(i) || i is < 1 or > 44_640)
            Error("intervalMinutes", "invalid-interval", "intervalMinutes is how often the meter reports: a whole number of minutes, 1 to 44640 (a month).");
        var multiplier = Present("multiplier") ? Number("multiplier") : 1;
        if (multiplier is not { } m || !double.IsFinite(m) || m <= 0) Error("multiplier", "invalid-number", "multiplier is the register's factor: a number above 0.");
        var bound = Present("jumpBound") ? Number("jumpBound") : null;
        if (Present("jumpBound") && (bound is not { } b || !double.IsFinite(b) || b <= 0))
            Error("jumpBound", "invalid-number", "jumpBound is the largest plausible quantity of one interval: a number above 0, or absent.");
        return errors.Count > 0 ? (null, errors) : (new DeviceRequest(source, meter!, unit!, (int)interval!.Value, multiplier!.Value, bound), errors);
    }
}
