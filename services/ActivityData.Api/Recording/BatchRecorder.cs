using CarbonPlatform.ActivityData.Instruments;
using CarbonPlatform.Contracts.ActivityData;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>How a valid batch is to be recorded: by whom, through which channel, with which key and request hash.</summary>
public sealed record BatchOrigin(string Channel, string RecordedBy, string? IdempotencyKey, string RequestHash, string? ApprovedBy = null);

/// <summary>
/// Records a valid batch: its lines, one ledger entry per line and the <see cref="ActivityBatchRecorded"/> event, in
/// one transaction that first re-checks the period lock (<see cref="PeriodGuard.HoldOpenAsync"/>). Appends to one park's
/// chain are serialised by the unique (park, sequence) index: a writer that loses the race starts again from the new
/// head, after a short random pause; one that keeps losing gets 503 with Retry-After (nothing recorded), never 500.
/// </summary>
public static class BatchRecorder
{
    private const int Attempts = 12;

    /// <summary>The batch recorded, or the refusal (a conflict, a locked year); <paramref name="onRace"/> may resolve a lost race (idempotent retry).</summary>
    public static async Task<RecordingOutcome> RecordAsync(ActivityDb db, RecordingRequest request, Func<Task<RecordingOutcome?>>? onRace, CancellationToken ct)
    {
        var (park, batch, notes, origin) = request;
        for (var attempt = 1; ; attempt++)
        {
            var conflict = await Conflicts.FindAsync(db, park.ParkId, batch, notes, ct);
            if (conflict is not null)
                return new RecordingOutcome.Refused(Refusal.Conflict([conflict], "The batch conflicts with recorded data; nothing was recorded."));

            // An import already runs in its own transaction (its readings are in it); a plain batch gets one here.
            await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                if (!await PeriodGuard.HoldOpenAsync(db, park.ParkId, batch.Year, ct)) return new RecordingOutcome.Refused(Refusal.Locked(batch.Year));
                var now = DateTime.UtcNow;
                var record = new ActivityBatch
                {
                    Id = request.BatchId ?? Guid.NewGuid(), ParkId = park.ParkId, Year = batch.Year, IdempotencyKey = origin.IdempotencyKey, RequestHash = origin.RequestHash,
                    LineCount = batch.Lines.Count, Channel = origin.Channel, RecordedBy = origin.RecordedBy, RecordedAt = now,
                };
                LineAnnotation Note(int i) => i < notes.Count ? notes[i] : new LineAnnotation(null, null);
                var lines = batch.Lines.Select((l, i) => l.ToRecord(park.ParkId, batch.Year, record.Id, now).WithSource(Note(i)).WithAllocation(Note(i))).ToList();
                db.Batches.Add(record);
                db.Records.AddRange(lines);
                await LedgerChain.AppendAsync(db, park.ParkId,
                    lines.Select((l, i) => LedgerEntries.For(l, Note(i), origin.Channel, origin.RecordedBy, approvedBy: origin.ApprovedBy)), ct);
                db.AddEvent(new ActivityBatchRecorded(park.ParkId, batch.Year, record.Id, batch.Lines.Count, now), park.OperatorOrganizationId);
                await db.SaveChangesAsync(ct);
                if (own is not null) await own.CommitAsync(ct);
                return new RecordingOutcome.Recorded(record);
            }
            catch (Exception e) when (LostRace.Is(e))
            {
                db.ChangeTracker.Clear();
                if (own is not null) await own.RollbackAsync(CancellationToken.None);
                if (onRace is not null && await onRace() is { } resolved) return resolved;
                if (attempt == Attempts) throw new WriteContentionException("The park's ledger is busy with concurrent writes; nothing was recorded.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }
}
