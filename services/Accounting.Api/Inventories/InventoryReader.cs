using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>A version, where it stands, and what it says (its whole text and its batches).</summary>
public sealed record InventoryView(InventoryVersion Version, string Status, string Json, IReadOnlyList<string> Batches);

/// <summary>A version and where it stands, without its text.</summary>
public sealed record InventoryHead(InventoryVersion Version, string Status, IReadOnlyList<string> Batches);

public sealed class InventoryReader(AccountingDb db, InventoryStore store, FactorReleaseSource releases, ActivityLedger.ActivityLedgerClient ledger,
    RecomputeSignal signal)
{
    /// <summary>
    /// The latest (or a given) version, and its status: <c>pending</c> while newer data waits to be folded in,
    /// <c>stale</c> when it was computed on a release that is no longer the default (a release published beside the
    /// default changes nothing), else <c>current</c>. Before the latest version says <c>current</c> or <c>stale</c>,
    /// activity-data is asked which batches the park-year recorded: one the version lacks (its event lost or still on its
    /// way) makes it <c>pending</c> and asks for the recomputation at once, rather than at the next reconciliation.
    /// </summary>
    public async Task<InventoryView?> FindAsync(Guid parkId, int year, string method, int? version, CancellationToken ct)
    {
        if (await FindHeadAsync(parkId, year, method, version, withText: true, ct) is not { } head) return null;
        return new InventoryView(head.Version, head.Status, await store.ReadTextAsync(head.Version, head.Batches, ct), head.Batches);
    }

    /// <summary>The version and its status without its text (<see cref="InventoryHead.Version"/> has none), for readers that keep it parsed.</summary>
    public Task<InventoryHead?> FindHeadAsync(Guid parkId, int year, string method, int? version, CancellationToken ct) =>
        FindHeadAsync(parkId, year, method, version, withText: false, ct);

    private async Task<InventoryHead?> FindHeadAsync(Guid parkId, int year, string method, int? version, bool withText, CancellationToken ct)
    {
        var query = db.Inventories.AsNoTracking().Where(i => i.ParkId == parkId && i.Year == year && i.Method == method);
        var chosen = version is int v ? query.Where(i => i.Version == v) : query.OrderByDescending(i => i.Version);
        var found = withText ? await chosen.FirstOrDefaultAsync(ct) : await chosen.Select(InventoryStore.Metadata).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var batches = await store.ReadBatchesAsync(found, ct);
        var status = await StatusAsync(query, found, version is null, ct);
        if (status is "current" or "stale" && await LacksRecordedBatchesAsync(found, batches, ct)) status = "pending";
        return new InventoryHead(found, status, batches);
    }

    private async Task<bool> LacksRecordedBatchesAsync(InventoryVersion found, IReadOnlyList<string> folded, CancellationToken ct)
    {
        var recorded = await ledger.GetRecordedBatchDigestAsync(new StreamLinesRequest { ParkId = found.ParkId.ToString(), Year = found.Year }, cancellationToken: ct);
        if (recorded.Count == folded.Distinct().Count() && recorded.Digest == BatchSetDigest.Of(folded)) return false;
        await Demands.RequestAsync(db, found.ParkId, found.Year, "read-time check", ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another read or the batch's own event asked first (the key refused this one): the demand is there either way.
            db.ChangeTracker.Clear();
            if (!await db.Demands.AsNoTracking().AnyAsync(d => d.ParkId == found.ParkId && d.Year == found.Year, ct)) throw;
        }
        signal.Notify();
        return true;
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
