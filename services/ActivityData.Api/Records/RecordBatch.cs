using System.Security.Cryptography;
using System.Text.Json;
using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.Boundary;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Factors;
using CarbonPlatform.ActivityData.Instruments;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ActivityData.Periods;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Domain.Requests;

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
        if (keyError is not null) return keyError;
        var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));
        if (key is not null && await FindRetryAsync(db, parkId, key, hash, ct) is { } earlier) return earlier;
        if (key is not null && await SubmitBatch.ReplayAsync(db, parkId, key, hash, ct) is { } submitted) return submitted;

        var (channel, channelError) = Channels.Read(body, Channels.Of(http.User));
        if (channelError is not null) return Problems.Invalid([channelError], "The batch is invalid; nothing was recorded.");

        var release = await releases.DefaultAsync(ct);
        var noteErrors = new List<InputError>();
        (var allocations, body) = AllocationReferences.Read(body, noteErrors);
        var (batch, errors) = BatchValidation.Validate(body, release);
        var notes = body.ValueKind == JsonValueKind.Object ? AllocationReferences.Attach(LineAnnotations.ReadAll(body, noteErrors), allocations) : [];
        if (batch is null || noteErrors.Count > 0) return Problems.Invalid(errors.Concat(noteErrors), "The batch is invalid; nothing was recorded.");
        if (await AllocationCheck.InvalidAsync(db, parkId, batch, allocations, ct) is { Count: > 0 } allocationErrors)
            return Problems.Invalid(allocationErrors, "The batch is invalid; nothing was recorded.");
        var unknownEvidence = await EvidenceCheck.UnknownAsync(db, parkId, notes, batch.Lines.Select(l => l.Id).ToList(), ct);
        var unknownSources = await SourceCheck.UnknownAsync(db, parkId, notes, batch.Lines.Select(l => l.Id).ToList(), ct);
        if (unknownEvidence.Count + unknownSources.Count > 0)
            return Problems.Invalid(unknownEvidence.Concat(unknownSources).Select(u => u.Error), "The batch is invalid; nothing was recorded.");
        if (caller.IsEnterprise && await EnterpriseCallers.ForeignLinesAsync(db, parkId, caller.EnterpriseId!.Value, notes,
                batch.Lines.Select(l => l.Id).ToList(), ct) is { Count: > 0 } foreign)
            return Problems.WithErrors(StatusCodes.Status403Forbidden, "An enterprise writes only its own sources' lines; nothing was recorded.", foreign);
        if (await PeriodGuard.RejectIfLockedAsync(db, parkId, batch.Year, ct) is { } locked) return locked;

        var origin = new BatchOrigin(channel, caller.Subject, key, hash);
        if (await ParkSettingsEndpoints.ApprovalRequiredAsync(db, parkId, ct))
            return await SubmitBatch.HandleAsync(db, park, body, batch, notes, origin, caller, ct);
        var (batchId, problem) = await BatchRecorder.RecordAsync(db, park, batch, notes, origin,
            key is null ? null : () => FindRetryAsync(db, parkId, key, hash, ct), ct);
        // A copy that lost the race to the first request sees its lines as taken: it answers as the retry it is.
        if (problem is not null && key is not null && await FindRetryAsync(db, parkId, key, hash, ct) is { } replay) return replay;
        return problem ?? Results.Accepted($"/api/v1/parks/{parkId}/activity-records?year={batch.Year}", new RecordedBatch(batchId!.Value));
    }

    private static Task<IResult?> FindRetryAsync(ActivityDb db, Guid parkId, string key, string hash, CancellationToken ct) =>
        Idempotency.ReplayAsync(db, parkId, key, hash, null,
            earlier => Task.FromResult(Results.Accepted($"/api/v1/parks/{parkId}/activity-records?year={earlier.Year}", new RecordedBatch(earlier.Id))), ct);
}
