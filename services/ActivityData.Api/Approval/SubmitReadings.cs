using System.Text.Json.Nodes;
using CarbonPlatform.ActivityData.MeterReadings;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// A readings file (or a device's month) committed while the park requires approval: its readings stay inserted under the
/// submission's id, in the same transaction as the submission of its monthly lines (each with its month, source and readings
/// digest); nothing is in the ledger until a reviewer approves it.
/// </summary>
public static class SubmitReadings
{
    /// <summary>The batch body the approval records: the monthly lines with the annotations the ledger keeps for them. Pure.</summary>
    public static JsonObject Body(int year, JsonArray lines, IReadOnlyList<LineAnnotation> notes)
    {
        var annotated = new JsonArray();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i]!.DeepClone().AsObject();
            line["month"] = notes[i].Month;
            line["sourceId"] = notes[i].SourceId;
            line[SubmissionNotes.Readings] = notes[i].Readings;
            annotated.Add(line);
        }
        return new JsonObject { ["year"] = year, ["lines"] = annotated };
    }

    /// <summary>How many readings the submitted monthly lines sum (their digests' counts). Pure.</summary>
    public static long Rows(Submission s) =>
        JsonNode.Parse(s.Body)?["lines"]?.AsArray().Sum(l => l?[SubmissionNotes.Readings]?.GetValue<string>() is { } r ? ReadingDigest.CountOf(r) : 0) ?? 0;
}
