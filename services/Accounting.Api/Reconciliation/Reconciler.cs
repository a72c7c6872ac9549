using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Reconciliation;

/// <summary>
/// Compares the batches activity-data holds with those the latest inventories folded in and records a recompute
/// demand for every park-year that differs, so a batch whose event was lost (a dead letter, a dropped outbox row)
/// still reaches the inventory, and the inventory says <c>pending</c> rather than <c>current</c> until it has.
/// </summary>
public sealed class Reconciler(AccountingDb db, IRecordedBatchSource ledger, RecomputeSignal signal, ILogger<Reconciler> log)
{
    public async Task<IReadOnlyList<(Guid ParkId, int Year)>> RunAsync(Guid? parkId, CancellationToken ct)
    {
        var recorded = new List<RecordedBatches>();
        await foreach (var parkYear in ledger.ReadAsync(parkId, ct)) recorded.Add(parkYear);
        var differing = BatchComparison.Differing(recorded, await FoldedAsync(parkId, ct));
        foreach (var (park, year) in differing) await Demands.RequestAsync(db, park, year, "reconciliation", ct);
        await db.SaveChangesAsync(ct);
        if (differing.Count > 0)
        {
            signal.Notify();
            log.LogWarning("Reconciliation found {Count} park-years whose inventory differs from the recorded batches; recomputing them", differing.Count);
        }
        return differing;
    }

    private async Task<List<FoldedBatches>> FoldedAsync(Guid? parkId, CancellationToken ct)
    {
        var latest = await db.Inventories.AsNoTracking()
            .Where(i => parkId == null || i.ParkId == parkId)
            .Where(i => i.Version == db.Inventories.Where(j => j.ParkId == i.ParkId && j.Year == i.Year && j.Method == i.Method).Max(j => j.Version))
            .Select(i => new { i.ParkId, i.Year, i.Method, i.Batches }).ToListAsync(ct);
        // The rows still open (no last version) are the latest versions' batches; versions from before the rows kept a list.
        var open = (await db.InventoryBatches.AsNoTracking().Where(b => b.LastVersion == null && (parkId == null || b.ParkId == parkId))
            .Select(b => new { b.ParkId, b.Year, b.Method, b.BatchId }).ToListAsync(ct)).ToLookup(b => (b.ParkId, b.Year, b.Method), b => b.BatchId);
        return latest.Select(i => new FoldedBatches(i.ParkId, i.Year, i.Method,
            (i.Batches?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? open[(i.ParkId, i.Year, i.Method)]).ToHashSet())).ToList();
    }
}
