using System.Text.Json;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ActivityData.Records;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// A valid batch written while the park requires approval: kept as a submission, not recorded (no lines, ledger entries or
/// event) until a reviewer approves it. Answers 202 with status submitted.
/// </summary>
public static class SubmitBatch
{
    public static async Task<IResult> HandleAsync(ActivityDb db, ParkScope park, JsonElement body, ValidBatch batch, IReadOnlyList<LineAnnotation> notes, BatchOrigin origin, Caller caller,
        CancellationToken ct, Func<Submission, IResult>? answer = null)
    {
        answer ??= Answer;
        if (await Conflicts.FindAsync(db, park.ParkId, batch, notes, ct) is { } conflict)
            return Problems.WithErrors(StatusCodes.Status409Conflict, "The batch conflicts with recorded data; nothing was submitted.", [conflict]);
        var submission = New(park, batch.Year, body.GetRawText(), batch.Lines.Count, origin, caller);
        db.Submissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (origin.IdempotencyKey is { } key)
        {
            // A copy of this request won the key: answer as its retry.
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, park.ParkId, key, origin.RequestHash, ct, answer)
                ?? throw new InvalidOperationException("The key's submission vanished.");
        }
        return answer(submission);
    }

    /// <summary>A submission as it is kept until decided: the request it records once approved, by whom and through which channel.</summary>
    public static Submission New(ParkScope park, int year, string body, int lineCount, BatchOrigin origin, Caller caller,
        string kind = SubmissionKinds.Batch) => new()
    {
        Id = Guid.NewGuid(), ParkId = park.ParkId, Year = year, Kind = kind, Status = SubmissionStatuses.Submitted, Body = body,
        LineCount = lineCount, Channel = origin.Channel, IdempotencyKey = origin.IdempotencyKey, RequestHash = origin.RequestHash,
        SubmittedBy = origin.RecordedBy, EnterpriseId = caller.IsEnterprise ? caller.EnterpriseId : null, SubmittedAt = DateTime.UtcNow,
    };

    /// <summary>The first answer for a key already used by a submission, 409 for a different request, null when unused.</summary>
    public static async Task<IResult?> ReplayAsync(ActivityDb db, Guid parkId, string key, string hash, CancellationToken ct,
        Func<Submission, IResult>? answer = null)
    {
        var earlier = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.ParkId == parkId && s.IdempotencyKey == key, ct);
        if (earlier is null) return null;
        return earlier.RequestHash == hash ? (answer ?? Answer)(earlier) : Idempotency.Reused();
    }

    public static IResult Answer(Submission s) =>
        Results.Accepted($"/api/v1/parks/{s.ParkId}/activity-records/submissions?status={s.Status}", new RecordedBatch(s.Id, s.Status));
}
