using CarbonPlatform.BuildingBlocks.Persistence;
using System.Security.Cryptography;
using System.Text.Json;
using CarbonPlatform.ActivityData.Boundary;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Factors;
using CarbonPlatform.ActivityData.Periods;
using CarbonPlatform.ActivityData.Records;
using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

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
        if (!access.Granted) return access.Refusal;
        var park = access.Park;

        var (request, readErrors) = CorrectionRequests.Read(body);
        if (request is null) return Problems.Invalid(readErrors, "The correction is invalid; nothing was recorded.");
        var (channel, channelError) = Channels.Read(body, Channels.Of(http.User), request.LineId);
        if (channelError is not null) return Problems.Invalid([channelError], "The correction is invalid; nothing was recorded.");
        var (batch, errors) = BatchValidation.Validate(request.AsBatch, await releases.DefaultAsync(ct));
        var noteErrors = new List<InputError>();
        var note = LineAnnotations.Read(request.Line, noteErrors);
        if (batch is null || noteErrors.Count > 0) return Problems.Invalid(errors.Concat(noteErrors), "The correction is invalid; nothing was recorded.");
        var unknownEvidence = await EvidenceCheck.UnknownAsync(db, parkId, [note], [request.LineId], ct);
        var unknownSources = await SourceCheck.UnknownAsync(db, parkId, [note], [request.LineId], ct);
        if (unknownEvidence.Count + unknownSources.Count > 0)
            return Problems.Invalid(unknownEvidence.Concat(unknownSources).Select(u => u.Error), "The correction is invalid; nothing was recorded.");
        if (await PeriodGuard.RejectIfLockedAsync(db, parkId, request.Year, ct) is { } locked) return locked;

        var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));
        for (var attempt = 1; ; attempt++)
        {
            var current = await db.Records.FirstOrDefaultAsync(r => r.ParkId == parkId && r.Year == request.Year && r.LineId == request.LineId, ct);
            if (current is null)
                return Problems.WithErrors(StatusCodes.Status404NotFound, "There is no such line to correct.",
                    [new InputError(request.LineId, "lineId", "line-not-found", $"No line '{request.LineId}' is recorded for {request.Year}.")]);
            var corrected = batch.Lines[0];
            if (corrected.Serial is { } serial && await db.Records.AnyAsync(r => r.Serial == serial && r.Id != current.Id, ct))
                return Problems.Conflict("serial", "duplicate-serial", $"The serial {serial} has already been claimed on this platform.", request.LineId);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await PeriodGuard.HoldOpenAsync(db, parkId, request.Year, ct)) return PeriodGuard.Locked(request.Year);
            var supersedes = await db.Ledger.Where(e => e.ParkId == parkId && e.Year == request.Year && e.LineId == request.LineId)
                .MaxAsync(e => (long?)e.Sequence, ct);
            var now = DateTime.UtcNow;
            var record = new ActivityBatch
            {
                Id = Guid.NewGuid(), ParkId = parkId, Year = request.Year, RequestHash = hash, LineCount = 1, Channel = channel,
                RecordedBy = caller.Subject, RecordedAt = now,
            };
            db.Batches.Add(record);
            current.TakeValuesOf(corrected.ToRecord(parkId, request.Year, record.Id, now).WithSource(note));
            var entry = LedgerEntries.For(current, note, channel, caller.Subject, supersedes, request.Reason);
            await LedgerChain.AppendAsync(db, parkId, [entry], ct);
            db.AddEvent(new ActivityBatchRecorded(parkId, request.Year, record.Id, 1, now), park.OperatorOrganizationId);
            db.AddEvent(new LedgerEntryCorrected(parkId, request.Year, request.LineId, entry.Sequence, supersedes, request.Reason, caller.Subject, now),
                park.OperatorOrganizationId);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Results.Created($"/api/v1/parks/{parkId}/ledger?year={request.Year}",
                    new RecordedCorrection(entry.Sequence, supersedes, record.Id, entry.Hash));
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear(); // another append took this position in the chain: start again from the new head
                await transaction.RollbackAsync(CancellationToken.None);
                if (attempt == 12) throw new WriteContentionException("The park's ledger is busy with concurrent writes; nothing was recorded.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }
}
