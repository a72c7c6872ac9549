using CarbonPlatform.ActivityData.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Pages a park's whole chain and its current values through <see cref="ChainVerification"/>.</summary>
public static class ChainWalk
{
    private const int PageSize = 2_000;

    public static async Task<ChainReport> VerifyAsync(ActivityDb db, Guid parkId, CancellationToken ct)
    {
        var walk = new ChainVerification();
        long after = 0;
        while (true)
        {
            var page = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Sequence > after)
                .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);
            if (page.Any(e => !walk.Check(e)) || page.Count < PageSize) break;
            after = page[^1].Sequence;
        }
        await CheckCurrentValuesAsync(db, parkId, walk, ct);
        return walk.Report();
    }

    private static async Task CheckCurrentValuesAsync(ActivityDb db, Guid parkId, ChainVerification walk, CancellationToken ct)
    {
        if (walk.Break is not null) return;
        long after = 0;
        while (true)
        {
            var page = await db.Records.AsNoTracking().Where(r => r.ParkId == parkId && r.Id > after).OrderBy(r => r.Id).Take(PageSize).ToListAsync(ct);
            if (page.Any(r => !walk.CheckCurrent(r.Id, r.Year, r.LineId, LineValues.Canonical(r)))) return;
            if (page.Count < PageSize) break;
            after = page[^1].Id;
        }
        walk.CheckNoneMissing();
    }
}
