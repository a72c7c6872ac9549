using ActivityLine = CarbonPlatform.Domain.Requests.ActivityLine;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>A valid correction on its way to the ledger: the request, the corrected line and its annotation, and who sent it.</summary>
public sealed record CorrectionRecording(ParkScope Park, CorrectionRequest Request, ActivityLine Corrected, LineAnnotation Note, CorrectionOrigin Origin);

/// <summary>
/// Records a correction (<see cref="CorrectionWrite"/>) in one transaction per attempt, after the approval's claim when there
/// is one: a writer that loses the chain's next position to another append starts again from the new head, claim included.
/// </summary>
public static class CorrectionRecorder
{
    private const int Attempts = 12;

    /// <summary>The correction's entry or its refusal; null when <paramref name="claim"/> found the submission already decided.</summary>
    public static async Task<RecordingOutcome?> RecordAsync(ActivityDb db, CorrectionRecording c, Func<Task<bool>>? claim, string busy,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (claim is not null && !await claim()) return null;
            var (entry, batchId, refusal) = await CorrectionWrite.StageAsync(db, c.Park, c.Request, c.Corrected, c.Note, c.Origin, ct);
            if (refusal is not null)
            {
                db.ChangeTracker.Clear(); // a call deciding several goes on with the next one on this context
                await transaction.RollbackAsync(CancellationToken.None);
                return new RecordingOutcome.Refused(refusal);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return new RecordingOutcome.Corrected(entry!, batchId);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear(); // another append took this position in the chain: start again from the new head
                await transaction.RollbackAsync(CancellationToken.None);
                if (attempt == Attempts) throw new WriteContentionException(busy, e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }
}
