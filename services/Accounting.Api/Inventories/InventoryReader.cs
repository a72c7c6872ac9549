using CarbonPlatform.Accounting.Data;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Inventories;

public sealed record InventoryView(InventoryVersion Version, string Status);

public sealed class InventoryReader(AccountingDb db, FactorReleaseSource releases)
{
    /// <summary>
    /// The latest (or a given) version, and its status: <c>pending</c> while newer data waits to be folded in,
    /// <c>stale</c> when it was computed on a release that is no longer the default (a release published beside the
    /// default changes nothing), else <c>current</c>.
    /// </summary>
    public async Task<InventoryView?> FindAsync(Guid parkId, int year, string method, int? version, CancellationToken ct)
    {
        var query = db.Inventories.AsNoTracking().Where(i => i.ParkId == parkId && i.Year == year && i.Method == method);
        var found = version is int v
            ? await query.FirstOrDefaultAsync(i => i.Version == v, ct)
            : await query.OrderByDescending(i => i.Version).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var latest = version is null || await query.MaxAsync(i => i.Version, ct) == found.Version;
        if (!latest) return new InventoryView(found, "superseded");
        if (await db.Demands.AnyAsync(d => d.ParkId == parkId && d.Year == year, ct)) return new InventoryView(found, "pending");
        var defaultRelease = await releases.DefaultNameAsync(ct);
        return new InventoryView(found, defaultRelease is not null && defaultRelease != found.FactorRelease ? "stale" : "current");
    }
}
