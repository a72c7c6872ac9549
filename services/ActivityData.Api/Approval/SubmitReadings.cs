using System.Text.Json.Nodes;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Imports;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ActivityData.MeterReadings;
using CarbonPlatform.ActivityData.Records;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// A readings file committed while the park requires approval: its readings stay inserted under the submission's id, in the
/// same transaction as the submission of its monthly lines (each with its month, source and readings digest); nothing is
/// in the ledger until a reviewer approves it. Answers 202 with status submitted.
/// </summary>
public static class SubmitReadings
{
    public static async Task<IResult> HandleAsync(ActivityDb db, IDbContextTransaction transaction, ParkScope park, Guid batchId, int year,
        JsonArray lines, IReadOnlyList<LineAnnotation> notes, BatchOrigin origin, Caller caller, Func<Task<IResult?>> replay, CancellationToken ct)
    {
        var submission = SubmitBatch.New(park, year, Body(year, lines, notes).ToJsonString(), lines.Count, origin, caller);
        submission.Id = batchId;
        db.Submissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException) when (origin.IdempotencyKey is not null)
        {
            // A copy of this request won the key: answer as its retry.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await replay() ?? throw new InvalidOperationException("The key's submission vanished.");
        }
        return Answer(submission);
    }

    public static IResult Answer(Submission s) =>
        Results.Accepted($"/api/v1/parks/{s.ParkId}/activity-records?status={s.Status}", new RecordedReadings(s.Id, Rows(s), s.LineCount, s.Status));

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

    private static long Rows(Submission s) =>
        JsonNode.Parse(s.Body)?["lines"]?.AsArray().Sum(l => l?[SubmissionNotes.Readings]?.GetValue<string>() is { } r ? ReadingDigest.CountOf(r) : 0) ?? 0;
}
