using CarbonPlatform.ActivityData.Instruments;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// The ledger annotations of a submitted batch's lines. A meter batch's body is composed by the readings import itself, so
/// only there is a line's <c>readings</c> (count and digest) taken: a batch a person writes cannot claim one. Pure.
/// </summary>
public static class SubmissionNotes
{
    public const string Readings = "readings";

    public static IReadOnlyList<LineAnnotation> Read(Submission s, JsonElement body)
    {
        var notes = AllocationReferences.Attach(LineAnnotations.ReadAll(body, []), AllocationReferences.Read(body, []).Ids);
        if (s.Channel != Channels.Meter || !body.TryGetProperty("lines", out var lines) || lines.ValueKind != JsonValueKind.Array) return notes;
        return notes.Zip(lines.EnumerateArray(), (note, line) => note with
        {
            Readings = line.TryGetProperty(Readings, out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null,
        }).ToList();
    }
}
