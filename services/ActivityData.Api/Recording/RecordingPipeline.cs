using CarbonPlatform.ActivityData.Approval;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>
/// Every way data arrives ends here once its lines are valid: kept as a submission while the park requires approval, else
/// recorded by <see cref="BatchRecorder"/> (conflicts, period lock, lines, ledger, event). A transaction the caller opened
/// (readings inserted, a submission claimed) commits with the batch, and is rolled back when the batch is not recorded.
/// A copy of a request that lost the race to the first (same key) answers as the retry it is.
/// </summary>
public static class RecordingPipeline
{
    public static async Task<RecordingOutcome> RecordAsync(ActivityDb db, RecordingRequest request, CancellationToken ct)
    {
        if (request.Submission is { } draft && await ParkSettingsEndpoints.ApprovalRequiredAsync(db, request.Park.ParkId, ct))
            return await SubmitAsync(db, request, draft, ct);
        var replay = RetryOf(db, request, ct);
        var outcome = await BatchRecorder.RecordAsync(db, request, replay, ct);
        var caller = db.Database.CurrentTransaction;
        if (outcome is RecordingOutcome.Recorded)
        {
            if (caller is not null) await caller.CommitAsync(ct);
            return outcome;
        }
        if (caller is not null) await caller.RollbackAsync(CancellationToken.None);
        // A concurrent request with the same key may have recorded the batch meanwhile (its lines now conflict).
        return outcome is RecordingOutcome.Refused && replay is not null ? await replay() ?? outcome : outcome;
    }

    /// <summary>
    /// The earlier answer for a key: the batch it recorded (when the hash and, if the rule names one, the channel match) or
    /// the submission it kept; the key reused for a different request is refused; null when the key is unused.
    /// </summary>
    public static async Task<RecordingOutcome?> ReplayAsync(ActivityDb db, Guid parkId, string key, string hash, string? channel, CancellationToken ct)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.ParkId == parkId && b.IdempotencyKey == key, ct);
        if (batch is not null)
            return batch.RequestHash == hash && (channel is null || batch.Channel == channel) ? new RecordingOutcome.Replayed(batch) : Reused;
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.ParkId == parkId && s.IdempotencyKey == key, ct);
        if (submission is null) return null;
        return submission.RequestHash == hash ? new RecordingOutcome.Submitted(submission) : Reused;
    }

    private static RecordingOutcome Reused => new RecordingOutcome.Refused(Idempotency.Reused());

    private static Func<Task<RecordingOutcome?>>? RetryOf(ActivityDb db, RecordingRequest request, CancellationToken ct) =>
        request.Retry is { } rule && request.Origin.IdempotencyKey is { } key
            ? () => ReplayAsync(db, request.Park.ParkId, key, request.Origin.RequestHash, rule.Channel, ct)
            : null;

    private static async Task<RecordingOutcome> SubmitAsync(ActivityDb db, RecordingRequest request, SubmissionDraft draft, CancellationToken ct)
    {
        if (draft.CheckConflicts && await Conflicts.FindAsync(db, request.Park.ParkId, request.Batch, request.Notes, ct) is { } conflict)
            return new RecordingOutcome.Refused(Refusal.Conflict([conflict], "The batch conflicts with recorded data; nothing was submitted."));
        var submission = SubmitBatch.New(request.Park, request.Batch.Year, draft.Body, draft.LineCount, request.Origin, draft.Caller);
        if (request.BatchId is { } id) submission.Id = id;
        db.Submissions.Add(submission);
        var caller = db.Database.CurrentTransaction;
        try
        {
            await db.SaveChangesAsync(ct);
            if (caller is not null) await caller.CommitAsync(ct);
        }
        catch (DbUpdateException) when (RetryOf(db, request, ct) is { } replay)
        {
            // A copy of this request won the key: answer as its retry.
            if (caller is not null) await caller.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await replay() ?? throw new InvalidOperationException("The key's submission vanished.");
        }
        return new RecordingOutcome.Submitted(submission);
    }
}
