using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.Contracts.ActivityData;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// A correction appends an entry that supersedes the line's current one and makes its value the line's current value
/// (what accounting streams). It is validated as a one-line batch and raises <see cref="ActivityBatchRecorded"/>.
/// </summary>
public static class RecordCorrection
{
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;

        var (request, readErrors) = CorrectionRequests.Read(body);
        if (request is null) return Problems.Invalid(readErrors, "The correction is invalid; nothing was recorded.");
        var (channel, channelError) = Channels.Read(body, Channels.Of(http.User), request.LineId);
        if (channelError is not null) return Problems.Invalid([channelError], "The correction is invalid; nothing was recorded.");
        var (batch, note, errors) = await CorrectedLines.CheckAsync(db, parkId, request, await releases.DefaultAsync(ct), ct);
        if (batch is null) return Problems.Invalid(errors, "The correction is invalid; nothing was recorded.");
        var unknownEvidence = await EvidenceCheck.UnknownAsync(db, parkId, [note], [request.LineId], ct);
        var unknownSources = await SourceCheck.UnknownAsync(db, parkId, [note], [request.LineId], ct);
        if (unknownEvidence.Count + unknownSources.Count > 0)
            return Problems.Invalid(unknownEvidence.Concat(unknownSources).Select(u => u.Error), "The correction is invalid; nothing was recorded.");
        if (await PeriodGuard.RefuseIfLockedAsync(db, parkId, request.Year, ct) is { } locked) return locked.ToProblem();

        var hash = Idempotency.HashOf(body);
        if (await ParkSettingsEndpoints.ApprovalRequiredAsync(db, parkId, ct))
            return await SubmitCorrection.SubmitAsync(db, park, body, request, new BatchOrigin(channel, caller.Subject, null, hash), caller, ct) switch
            {
                RecordingOutcome.Submitted s => SubmissionAnswers.Batch(s.Submission),
                RecordingOutcome.Refused r => r.Refusal.ToProblem(),
                var other => throw new InvalidOperationException($"A correction is not {other}."),
            };
        var correction = new CorrectionRecording(park, request, batch.Lines[0], note, new CorrectionOrigin(channel, caller.Subject, hash));
        return await CorrectionRecorder.RecordAsync(db, correction, null, "The park's ledger is busy with concurrent writes; nothing was recorded.", ct) switch
        {
            RecordingOutcome.Corrected { Entry: var entry, BatchId: var batchId } => Results.Created($"/api/v1/parks/{parkId}/ledger?year={request.Year}",
                new RecordedCorrection(entry.Sequence, entry.Supersedes, batchId, entry.Hash)),
            RecordingOutcome.Refused r => r.Refusal.ToProblem(),
            var other => throw new InvalidOperationException($"A correction is not {other}."),
        };
    }
}
