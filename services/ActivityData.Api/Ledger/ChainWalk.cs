namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// Pages a park's chain and its current values through <see cref="ChainVerification"/>: the whole chain, or from the park's
/// checkpoint on (that entry re-checked first, then only the entries after it and the lines they touched).
/// </summary>
public static class ChainWalk
{
    private const int PageSize = 2_000;

    public static async Task<ChainReport> VerifyAsync(ActivityDb db, Guid parkId, CancellationToken ct, bool full = true)
    {
        var checkpoint = full ? null : await db.LedgerCheckpoints.AsNoTracking().FirstOrDefaultAsync(c => c.ParkId == parkId, ct);
        var walk = checkpoint is null ? new ChainVerification() : new ChainVerification(checkpoint.Sequence, checkpoint.HeadHash);
        if (checkpoint is not null)
        {
            var entry = await db.Ledger.AsNoTracking().FirstOrDefaultAsync(e => e.ParkId == parkId && e.Sequence == checkpoint.Sequence, ct);
            if (!walk.CheckCheckpoint(entry, checkpoint.Sequence, checkpoint.HeadHash)) return walk.Report();
        }
        var after = walk.From;
        while (true)
        {
            var page = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Sequence > after)
                .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);
            if (page.Any(e => !walk.Check(e)) || page.Count < PageSize) break;
            after = page[^1].Sequence;
        }
        await CheckCurrentValuesAsync(db, parkId, walk, ct);
        var report = walk.Report();
        if (report.Intact && report.Head > 0 && report.HeadHash is { } head) await LedgerCheckpoints.AdvanceAsync(db, parkId, report.Head, head, ct);
        return report;
    }

    private static async Task CheckCurrentValuesAsync(ActivityDb db, Guid parkId, ChainVerification walk, CancellationToken ct)
    {
        if (walk.Break is not null) return;
        var resumed = walk.From > 0;
        long after = 0;
        while (true)
        {
            var page = await db.Records.AsNoTracking().Where(r => r.ParkId == parkId && r.Id > after).OrderBy(r => r.Id).Take(PageSize).ToListAsync(ct);
            // From a checkpoint, a line no entry after it touched was checked then; the full verification checks it again.
            if (page.Where(r => !resumed || walk.Touched(r.Year, r.LineId))
                .Any(r => !walk.CheckCurrent(r.Id, r.Year, r.LineId, LineValues.Canonical(r)))) return;
            if (page.Count < PageSize) break;
            after = page[^1].Id;
        }
        walk.CheckNoneMissing();
    }
}
