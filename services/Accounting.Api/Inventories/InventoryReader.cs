using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>A version, where it stands, and what it says (its whole text and its batches).</summary>
public sealed record InventoryView(InventoryVersion Version, string Status, string Json, IReadOnlyList<string> Batches);

public sealed class InventoryReader(AccountingDb db, InventoryStore store, FactorReleaseSource releases)
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
        var status = await StatusAsync(query, found, version is null, ct);
        var content = await store.ReadAsync(found, ct);
        return new InventoryView(found, status, content.Json, content.Batches);
    }

    private async Task<string> StatusAsync(IQueryable<InventoryVersion> query, InventoryVersion found, bool asLatest, CancellationToken ct)
    {
        var latest = asLatest || await query.MaxAsync(i => i.Version, ct) == found.Version;
        if (!latest) return "superseded";
        if (await db.Demands.AnyAsync(d => d.ParkId == found.ParkId && d.Year == found.Year, ct)) return "pending";
        var defaultRelease = await releases.DefaultNameAsync(ct);
        return defaultRelease is not null && defaultRelease != found.FactorRelease ? "stale" : "current";
    }
}
