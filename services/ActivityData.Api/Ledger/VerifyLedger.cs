using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Walks the park's whole chain in pages and reports it intact or names the first entry that does not match.</summary>
public static class VerifyLedger
{
    private const int PageSize = 2_000;

    public static async Task<IResult> Handle(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct);
        if (park is null || !ParkVisibility.CanRead(http.Caller(), park)) return Problems.NotFound("The park");
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
        var report = walk.Report();
        return Results.Ok(new
        {
            parkId, intact = report.Intact, entriesChecked = report.EntriesChecked, headHash = report.HeadHash,
            firstMismatch = report.FirstBreak is { } b
                ? new { entryId = b.EntryId, sequence = b.Sequence, lineId = b.LineId, differs = b.Differs, message = b.Message, expected = b.Expected, actual = b.Actual }
                : null,
            checkedAt = DateTime.UtcNow,
        });
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
