namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Appends entries to a park's chain: each gets the next sequence and a hash linked to the one before it.</summary>
public static class LedgerChain
{
    public static async Task<(long Sequence, string Hash)> HeadAsync(ActivityDb db, Guid parkId, CancellationToken ct)
    {
        var head = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId).OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        return head is null ? (0, LedgerHash.Genesis) : (head.Sequence, head.Hash);
    }

    /// <summary>
    /// Links <paramref name="entries"/> after the current head and adds them to <paramref name="db"/>. A concurrent
    /// append to the same park fails on the unique (park, sequence) index at save: the caller retries.
    /// </summary>
    public static async Task AppendAsync(ActivityDb db, Guid parkId, IEnumerable<LedgerEntry> entries, CancellationToken ct)
    {
        var (sequence, hash) = await HeadAsync(db, parkId, ct);
        foreach (var e in entries)
        {
            e.Sequence = ++sequence;
            e.PreviousHash = hash;
            e.RecordedAt = LedgerHash.AsStored(e.RecordedAt);
            e.Hash = hash = LedgerHash.Compute(e);
            db.Ledger.Add(e);
        }
    }
}
