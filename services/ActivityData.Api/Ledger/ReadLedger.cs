using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>A year of the ledger in chain order, page by page; superseded entries stay, marked with what superseded them.</summary>
public static class ReadLedger
{
    public const int MaxPage = 1000;

    public static async Task<IResult> Handle(Guid parkId, int year, long? after, int? limit, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal;
        var park = access.Park;
        var take = Math.Clamp(limit ?? MaxPage, 1, MaxPage);
        var from = after ?? 0;
        var page = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == year && e.Sequence > from)
            .OrderBy(e => e.Sequence).Take(take).ToListAsync(ct);
        var sequences = page.Select(e => (long?)e.Sequence).ToList();
        var supersededBy = await db.Ledger.AsNoTracking()
            .Where(e => e.ParkId == parkId && e.Year == year && sequences.Contains(e.Supersedes))
            .Select(e => new { Old = e.Supersedes!.Value, New = e.Sequence }).ToListAsync(ct);
        var by = supersededBy.GroupBy(s => s.Old).ToDictionary(g => g.Key, g => g.Min(s => s.New));
        return Results.Ok(new LedgerPage(parkId, year, page.Count, page.Select(e => e.View(by.TryGetValue(e.Sequence, out var s) ? s : null)).ToList(),
            page.Count == take ? page[^1].Sequence : null));
    }
}
