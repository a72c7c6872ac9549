using System.Text.Json.Nodes;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>A correction as posted: the line to correct, its year, why, and the corrected line.</summary>
public sealed record CorrectionRequest(string LineId, int Year, string Reason, JsonElement Line, JsonElement AsBatch);

/// <summary>Reads a correction body; the corrected line is checked later exactly as a one-line batch. Pure.</summary>
public static class CorrectionRequests
{
    public const int MaxReasonLength = 1000;

    public static (CorrectionRequest? Request, List<InputError> Errors) Read(JsonElement body)
    {
        var errors = new List<InputError>();
        if (body.ValueKind != JsonValueKind.Object)
            return (null, [new InputError(null, "body", "invalid-type", "The correction must be a JSON object.")]);
        var lineId = Text(body, "lineId");
        var reason = Text(body, "reason")?.Trim();
        int? year = body.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yv) ? yv : null;
        var hasLine = body.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Object;
        if (lineId is not { Length: > 0 }) errors.Add(new InputError(null, "lineId", "missing-field", "lineId names the recorded line to correct."));
        if (year is null) errors.Add(new InputError(lineId, "year", "missing-field", "year is required (a whole number)."));
        if (reason is not { Length: > 0 }) errors.Add(new InputError(lineId, "reason", "missing-field", "A correction needs a reason."));
        else if (reason.Length > MaxReasonLength) errors.Add(new InputError(lineId, "reason", "too-long", $"reason has at most {MaxReasonLength} characters."));
        if (!hasLine) errors.Add(new InputError(lineId, "line", "missing-field", "line is the corrected activity line (a JSON object)."));
        else if (Text(line, "id") is { } id && id != lineId)
            errors.Add(new InputError(lineId, "line.id", "line-id-mismatch", $"The corrected line's id '{id}' is not lineId; a correction keeps the line's id."));
        if (errors.Count > 0) return (null, errors);

        var corrected = JsonNode.Parse(line.GetRawText())!.AsObject();
        corrected["id"] = lineId;
        var batch = new JsonObject { ["year"] = year, ["lines"] = new JsonArray(corrected) };
        return (new CorrectionRequest(lineId!, year!.Value, reason!, line, JsonSerializer.SerializeToElement(batch)), errors);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
