using ActivityLine = CarbonPlatform.Domain.Requests.ActivityLine;
using CarbonPlatform.ActivityData.Instruments;
using CarbonPlatform.Contracts.ActivityData;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Who wrote a correction and, under maker–checker, who approved it; batchId is the submission's id once approved.</summary>
public sealed record CorrectionOrigin(string Channel, string RecordedBy, string RequestHash, string? ApprovedBy = null, Guid? BatchId = null);

/// <summary>
/// The writes of one correction inside the caller's open transaction: the new value of the line, the entry superseding its
/// current one and the events. Shared by a correction recorded at once and one recorded when a reviewer approves it.
/// </summary>
public static class CorrectionWrite
{
    /// <summary>The entry appended (not yet saved), or the refusal that leaves everything as it was.</summary>
    public static async Task<(LedgerEntry? Entry, Guid BatchId, Refusal? Refusal)> StageAsync(ActivityDb db, ParkScope park, CorrectionRequest request,
        ActivityLine corrected, LineAnnotation note, CorrectionOrigin origin, CancellationToken ct)
    {
        var current = await db.Records.FirstOrDefaultAsync(r => r.ParkId == park.ParkId && r.Year == request.Year && r.LineId == request.LineId, ct);
        if (current is null) return (null, Guid.Empty, LineNotFound(request));
        if (await AllocationCheck.SpentAsync(db, [note], new ValidBatch(request.Year, [corrected]), ct, current.Id) is { } spent)
            return (null, Guid.Empty, Refusal.Conflict([spent], "The correction conflicts with recorded data; nothing was recorded."));
        if (corrected.Serial is { } serial && await db.Records.AnyAsync(r => r.Serial == serial && r.Id != current.Id, ct))
            return (null, Guid.Empty, Refusal.Conflict("serial", "duplicate-serial", $"The serial {serial} has already been claimed on this platform.", request.LineId));
        if (!await PeriodGuard.HoldOpenAsync(db, park.ParkId, request.Year, ct)) return (null, Guid.Empty, Refusal.Locked(request.Year));
        var supersedes = await db.Ledger.Where(e => e.ParkId == park.ParkId && e.Year == request.Year && e.LineId == request.LineId)
            .MaxAsync(e => (long?)e.Sequence, ct);
        var now = DateTime.UtcNow;
        var record = new ActivityBatch
        {
            Id = origin.BatchId ?? Guid.NewGuid(), ParkId = park.ParkId, Year = request.Year, RequestHash = origin.RequestHash, LineCount = 1,
            Channel = origin.Channel, RecordedBy = origin.RecordedBy, RecordedAt = now,
        };
        db.Batches.Add(record);
        current.Take(corrected, record.Id, now).WithSource(note).WithAllocation(note);
        var entry = LedgerEntries.For(current, note, origin.Channel, origin.RecordedBy, supersedes, request.Reason, origin.ApprovedBy);
        await LedgerChain.AppendAsync(db, park.ParkId, [entry], ct);
        db.AddEvent(new ActivityBatchRecorded(park.ParkId, request.Year, record.Id, 1, now), park.OperatorOrganizationId);
        db.AddEvent(new LedgerEntryCorrected(park.ParkId, request.Year, request.LineId, entry.Sequence, supersedes, request.Reason,
            origin.RecordedBy, now), park.OperatorOrganizationId);
        return (entry, record.Id, null);
    }

    public static Refusal LineNotFound(CorrectionRequest request) =>
        Refusal.NotFound(new InputError(request.LineId, "lineId", "line-not-found", $"No line '{request.LineId}' is recorded for {request.Year}."),
            "There is no such line to correct.");
}
