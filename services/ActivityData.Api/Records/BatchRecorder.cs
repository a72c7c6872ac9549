using CarbonPlatform.ActivityData.Boundary;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.ServiceDefaults.Messaging;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Records;

/// <summary>How a valid batch is to be recorded: by whom, through which channel, with which key and request hash.</summary>
public sealed record BatchOrigin(string Channel, string RecordedBy, string? IdempotencyKey, string RequestHash);

/// <summary>
/// Records a valid batch: its lines, one ledger entry per line and the <see cref="ActivityBatchRecorded"/> event, in
/// one transaction. A concurrent append to the park's chain (or a concurrent batch) is retried from the conflict check.
/// </summary>
public static class BatchRecorder
{
    private const int Attempts = 3;

    /// <summary>The batch id, or the 409 to answer; <paramref name="onRace"/> may resolve a lost race (idempotent retry).</summary>
    public static async Task<(Guid? BatchId, IResult? Problem)> RecordAsync(ActivityDb db, ParkScope park, ValidBatch batch,
        IReadOnlyList<LineAnnotation> notes, BatchOrigin origin, Func<Task<IResult?>>? onRace, CancellationToken ct, Guid? batchId = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var conflict = await Conflicts.FindAsync(db, park.ParkId, batch, ct);
            if (conflict is not null)
                return (null, Problems.WithErrors(StatusCodes.Status409Conflict, "The batch conflicts with recorded data; nothing was recorded.", [conflict]));

            var now = DateTime.UtcNow;
            var record = new ActivityBatch
            {
                Id = batchId ?? Guid.NewGuid(), ParkId = park.ParkId, Year = batch.Year, IdempotencyKey = origin.IdempotencyKey, RequestHash = origin.RequestHash,
                LineCount = batch.Lines.Count, Channel = origin.Channel, RecordedBy = origin.RecordedBy, RecordedAt = now,
            };
            LineAnnotation Note(int i) => i < notes.Count ? notes[i] : new LineAnnotation(null, null);
            var lines = batch.Lines.Select((l, i) => l.ToRecord(park.ParkId, batch.Year, record.Id, now).WithSource(Note(i))).ToList();
            db.Batches.Add(record);
            db.Records.AddRange(lines);
            await LedgerChain.AppendAsync(db, park.ParkId,
                lines.Select((l, i) => LedgerEntries.For(l, Note(i), origin.Channel, origin.RecordedBy)), ct);
            db.AddEvent(new ActivityBatchRecorded(park.ParkId, batch.Year, record.Id, batch.Lines.Count, now), park.OperatorOrganizationId);
            try
            {
                await db.SaveChangesAsync(ct);
                return (record.Id, null);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (onRace is not null && await onRace() is { } resolved) return (null, resolved);
                if (attempt == Attempts) throw;
            }
        }
    }
}
