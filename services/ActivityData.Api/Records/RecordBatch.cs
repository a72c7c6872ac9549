using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Instruments;

namespace CarbonPlatform.ActivityData.Records;

public static class RecordBatch
{
    /// <summary>The whole batch is recorded with its ledger entries and event in one transaction, or nothing is.</summary>
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        IFactorReleaseProvider releases, CancellationToken ct)
    {
        var caller = http.Caller();
        var access = caller.IsEnterprise
            ? await parks.ForEnterpriseAsync(caller, parkId, writing: true, ct)
            : await parks.ForWritingAsync(caller, parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;

        var (key, keyError) = Idempotency.Read(http.Request);
        if (keyError is not null) return keyError.ToProblem();
        var hash = Idempotency.HashOf(body);
        if (key is not null && await RecordingPipeline.ReplayAsync(db, parkId, key, hash, null, ct) is { } earlier) return Answer(earlier);

        var (channel, channelError) = Channels.Read(body, Channels.Of(http.User));
        if (channelError is not null) return Problems.Invalid([channelError], Invalid);

        var release = await releases.DefaultAsync(ct);
        var noteErrors = new List<InputError>();
        (var allocations, body) = AllocationReferences.Read(body, noteErrors);
        var (batch, errors) = BatchValidation.Validate(body, release);
        var notes = body.ValueKind == JsonValueKind.Object ? AllocationReferences.Attach(LineAnnotations.ReadAll(body, noteErrors), allocations) : [];
        if (batch is null || noteErrors.Count > 0) return Problems.Invalid(errors.Concat(noteErrors), Invalid);
        if (await AllocationCheck.InvalidAsync(db, parkId, batch, allocations, ct) is { Count: > 0 } allocationErrors)
            return Problems.Invalid(allocationErrors, Invalid);
        var unknownEvidence = await EvidenceCheck.UnknownAsync(db, parkId, notes, batch.Lines.Select(l => l.Id).ToList(), ct);
        var unknownSources = await SourceCheck.UnknownAsync(db, parkId, notes, batch.Lines.Select(l => l.Id).ToList(), ct);
        if (unknownEvidence.Count + unknownSources.Count > 0)
            return Problems.Invalid(unknownEvidence.Concat(unknownSources).Select(u => u.Error), Invalid);
        if (caller.IsEnterprise && await EnterpriseCallers.ForeignLinesAsync(db, parkId, caller.EnterpriseId!.Value, notes,
                batch.Lines.Select(l => l.Id).ToList(), ct) is { Count: > 0 } foreign)
            return Problems.WithErrors(StatusCodes.Status403Forbidden, "An enterprise writes only its own sources' lines; nothing was recorded.", foreign);
        if (await PeriodGuard.RefuseIfLockedAsync(db, parkId, batch.Year, ct) is { } locked) return locked.ToProblem();

        var recording = new RecordingRequest(park, batch, notes, new BatchOrigin(channel, caller.Subject, key, hash))
        {
            Retry = new RetryRule(null), Submission = new SubmissionDraft(body.GetRawText(), batch.Lines.Count, caller, CheckConflicts: true),
        };
        return Answer(await RecordingPipeline.RecordAsync(db, recording, ct));
    }

    private const string Invalid = "The batch is invalid; nothing was recorded.";

    private static IResult Answer(RecordingOutcome outcome) => outcome switch
    {
        RecordingOutcome.InLedger { Batch: var b } =>
            Results.Accepted($"/api/v1/parks/{b.ParkId}/activity-records?year={b.Year}", new RecordedBatch(b.Id)),
        RecordingOutcome.Submitted s => SubmissionAnswers.Batch(s.Submission),
        RecordingOutcome.Refused r => r.Refusal.ToProblem(),
        _ => throw new InvalidOperationException($"Unknown outcome {outcome}."),
    };
}
