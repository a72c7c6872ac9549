namespace CarbonPlatform.ActivityData.Approval;

public sealed record Decider(Caller Caller, string Channel);

/// <summary>
/// Approves or returns one submitted batch. The decision first claims the submission (an update that only a still-submitted
/// row passes), in the same transaction as its effects: of two replicas deciding at once, one wins and the other is told
/// it was already decided.
/// </summary>
public static class DecideBatch
{
    public static async Task<(ApprovalOutcome? Outcome, DecisionRefusal? Refusal)> DecideAsync(ActivityDb db, ParkScope park, Decider by,
        Guid batchId, ApprovalDecision decision, string? reason, IFactorReleaseProvider releases, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == batchId && s.ParkId == park.ParkId, ct);
        if (submission is null) return (null, DecisionRefusal.NotFound(batchId));
        if (submission.Status != SubmissionStatuses.Submitted) return (null, DecisionRefusal.AlreadyDecided(batchId, submission.Status));
        if (submission.SubmittedBy == by.Caller.Subject) return (null, DecisionRefusal.OwnSubmission(batchId, submission.SubmittedBy));
        if (decision == ApprovalDecision.Return) return await ReturnAsync(db, by, submission, reason!, ct);
        return submission.Kind == SubmissionKinds.Correction
            ? await ApproveCorrection.ApproveAsync(db, park, by, submission, releases, ct)
            : await ApproveAsync(db, park, by, submission, releases, ct);
    }

    private static async Task<(ApprovalOutcome?, DecisionRefusal?)> ApproveAsync(ActivityDb db, ParkScope park, Decider by, Submission s,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var body = JsonDocument.Parse(s.Body).RootElement;
        var (batch, errors) = BatchValidation.Validate(body, await releases.DefaultAsync(ct));
        if (batch is null)
            return (null, DecisionRefusal.NotRecordable(s.Id, Refusal.Conflict(errors, "The submitted batch no longer validates; it stays submitted.")));
        var notes = SubmissionNotes.Read(s, body);

        // The claim and the batch are one transaction: the pipeline commits both, or rolls the claim back with the refusal.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimAsync(db, s.Id, SubmissionStatuses.Approved, by.Caller.Subject, null, ct))
            return (null, DecisionRefusal.AlreadyDecided(s.Id, SubmissionStatuses.Approved + " or returned"));
        // Recorded as the submitter wrote it; each ledger entry names the approver.
        var origin = new BatchOrigin(s.Channel, s.SubmittedBy, s.IdempotencyKey, s.RequestHash, by.Caller.Subject);
        return await RecordingPipeline.RecordAsync(db, new RecordingRequest(park, batch, notes, origin) { BatchId = s.Id }, ct) switch
        {
            RecordingOutcome.Refused r => (null, DecisionRefusal.NotRecordable(s.Id, r.Refusal)),
            _ => (new ApprovalOutcome(s.Id, SubmissionStatus.Approved, by.Caller.Subject), null),
        };
    }

    private static async Task<(ApprovalOutcome?, DecisionRefusal?)> ReturnAsync(ActivityDb db, Decider by, Submission s, string reason,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await ClaimAsync(db, s.Id, SubmissionStatuses.Returned, by.Caller.Subject, reason, ct))
                return (null, DecisionRefusal.AlreadyDecided(s.Id, SubmissionStatuses.Approved + " or returned"));
            await LedgerChain.AppendAsync(db, s.ParkId, [EventEntries.Returned(s, by.Channel, by.Caller.Subject, reason, DateTime.UtcNow)], ct);
            if (s.Channel == Channels.Meter) await SubmittedReadings.ForgetAsync(db, s, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return (new ApprovalOutcome(s.Id, SubmissionStatus.Returned, by.Caller.Subject), null);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear(); // another append took this position in the chain: claim again from the start
                await transaction.RollbackAsync(CancellationToken.None);
                if (attempt == 12) throw new CarbonPlatform.BuildingBlocks.Persistence.WriteContentionException("The park's ledger is busy; nothing was decided.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }

    /// <summary>Moves a still-submitted row to its decision; false when another decision got there first.</summary>
    internal static async Task<bool> ClaimAsync(ActivityDb db, Guid id, string status, string by, string? reason, CancellationToken ct) =>
        await db.Submissions.Where(x => x.Id == id && x.Status == SubmissionStatuses.Submitted)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, status).SetProperty(x => x.DecidedBy, by)
                .SetProperty(x => x.DecidedAt, DateTime.UtcNow).SetProperty(x => x.Reason, reason), ct) == 1;
}
