namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// Approves a submitted correction: the claim and the correction's entry (naming its maker and its approver) are one
/// transaction (<see cref="CorrectionRecorder"/>).
/// </summary>
public static class ApproveCorrection
{
    public static async Task<(ApprovalOutcome?, DecisionRefusal?)> ApproveAsync(ActivityDb db, ParkScope park, Decider by, Submission s,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var (request, _) = CorrectionRequests.Read(JsonDocument.Parse(s.Body).RootElement);
        if (request is null) return (null, DecisionRefusal.NotRecordable(s.Id, Refusal.Conflict("body", "invalid-correction", "The submitted correction no longer reads.")));
        var (batch, note, errors) = await CorrectedLines.CheckAsync(db, park.ParkId, request, await releases.DefaultAsync(ct), ct);
        if (batch is null)
            return (null, DecisionRefusal.NotRecordable(s.Id, Refusal.Conflict(errors, "The submitted correction no longer validates; it stays submitted.")));
        var correction = new CorrectionRecording(park, request, batch.Lines[0], note,
            new CorrectionOrigin(s.Channel, s.SubmittedBy, s.RequestHash, by.Caller.Subject, s.Id));
        var outcome = await CorrectionRecorder.RecordAsync(db, correction,
            () => DecideBatch.ClaimAsync(db, s.Id, SubmissionStatuses.Approved, by.Caller.Subject, null, ct), "The park's ledger is busy; nothing was decided.", ct);
        return outcome switch
        {
            null => (null, DecisionRefusal.AlreadyDecided(s.Id, SubmissionStatuses.Approved + " or returned")),
            RecordingOutcome.Refused r => (null, DecisionRefusal.NotRecordable(s.Id, r.Refusal)),
            _ => (new ApprovalOutcome(s.Id, SubmissionStatus.Approved, by.Caller.Subject), null),
        };
    }
}
