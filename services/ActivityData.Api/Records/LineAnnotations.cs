namespace CarbonPlatform.ActivityData.Records;

/// <summary>What the ledger keeps about a line beyond its accounting values: the month it is for, its evidence and its emission source.</summary>
/// <param name="Readings">For a line summed from meter readings: their count and digest (see <see cref="MeterReadings.ReadingDigest"/>).</param>
/// <param name="AllocationId">The register's allocation the line spends (see <see cref="Instruments.AllocationReferences"/>).</param>
public sealed record LineAnnotation(int? Month, string? EvidenceId, string? SourceId = null, string? Readings = null, Guid? AllocationId = null);

/// <summary>Reads <c>month</c> (1–12), <c>evidenceId</c> and <c>sourceId</c> from a line's JSON; the engine ignores them. Pure.</summary>
public static class LineAnnotations
{
    public const int MaxEvidenceIdLength = 200;

    public static LineAnnotation Read(JsonElement line, List<InputError> errors)
    {
        if (line.ValueKind != JsonValueKind.Object) return new LineAnnotation(null, null);
        var id = line.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        int? month = null;
        if (line.TryGetProperty("month", out var m) && m.ValueKind != JsonValueKind.Null)
        {
            if (m.ValueKind == JsonValueKind.Number && m.TryGetInt32(out var value) && value is >= 1 and <= 12) month = value;
            else errors.Add(new InputError(id, "month", "invalid-month", "month is a whole number from 1 to 12 (omit it for the whole year)."));
        }
        string? evidence = null;
        if (line.TryGetProperty("evidenceId", out var ev) && ev.ValueKind != JsonValueKind.Null)
        {
            if (ev.ValueKind == JsonValueKind.String && ev.GetString() is { Length: > 0 and <= MaxEvidenceIdLength } text) evidence = text;
            else errors.Add(new InputError(id, "evidenceId", "invalid-evidence-id", $"evidenceId is a text of 1 to {MaxEvidenceIdLength} characters."));
        }
        string? source = null;
        if (line.TryGetProperty("sourceId", out var src) && src.ValueKind != JsonValueKind.Null)
        {
            if (src.ValueKind == JsonValueKind.String && src.GetString() is { Length: > 0 and <= MaxEvidenceIdLength } text) source = text.Trim();
            else errors.Add(new InputError(id, "sourceId", "unknown-source", "sourceId names an emission source of the park (its id)."));
        }
        return new LineAnnotation(month, evidence, source);
    }

    /// <summary>Annotations of every line of a batch body, in line order.</summary>
    public static IReadOnlyList<LineAnnotation> ReadAll(JsonElement body, List<InputError> errors) =>
        body.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Array
            ? lines.EnumerateArray().Select(l => Read(l, errors)).ToList()
            : [];
}
