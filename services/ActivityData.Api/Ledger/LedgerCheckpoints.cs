namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Moves a park's checkpoint forward after an intact walk; a replica that verified less far never moves it back.</summary>
public static class LedgerCheckpoints
{
    public static async Task AdvanceAsync(ActivityDb db, Guid parkId, long sequence, string hash, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var moved = await db.LedgerCheckpoints.Where(c => c.ParkId == parkId && c.Sequence < sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, sequence).SetProperty(c => c.HeadHash, hash).SetProperty(c => c.VerifiedAt, now), ct);
        if (moved > 0 || await db.LedgerCheckpoints.AnyAsync(c => c.ParkId == parkId, ct)) return;
        var checkpoint = new LedgerCheckpoint { ParkId = parkId, Sequence = sequence, HeadHash = hash, VerifiedAt = now };
        db.LedgerCheckpoints.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another replica recorded the park's first checkpoint at the same moment (the key refused ours): move it forward if ours is further.
            db.Entry(checkpoint).State = EntityState.Detached;
            await db.LedgerCheckpoints.Where(c => c.ParkId == parkId && c.Sequence < sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, sequence).SetProperty(c => c.HeadHash, hash).SetProperty(c => c.VerifiedAt, now), ct);
        }
    }
}
