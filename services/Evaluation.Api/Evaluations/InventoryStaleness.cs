using CarbonPlatform.Evaluation.Overview;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>
/// A newer inventory version makes the evaluations computed from older ones stale (they stay as they were) and records
/// the newest version and its factor release, in the stored evaluations and the overview. One conditional update: told in
/// any order, on any replica, by the event or by reconciliation, the newest version told stays recorded.
/// </summary>
public static class InventoryStaleness
{
    /// <summary>How many evaluations this made stale (0 when they already knew of this version or a newer one).</summary>
    public static async Task<int> MarkAsync(EvaluationDb db, Guid parkId, int year, string method, int version, string factorRelease, CancellationToken ct)
    {
        var marked = await db.Evaluations
            .Where(e => e.ParkId == parkId && e.Year == year && e.Method == method && e.InventoryVersion < version
                && (e.NewerInventoryVersion == null || e.NewerInventoryVersion < version))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Stale, true)
                .SetProperty(e => e.NewerInventoryVersion, version)
                .SetProperty(e => e.NewerFactorRelease, factorRelease), ct);
        await ParkResultProjection.RaiseNewestInventoryAsync(db, parkId, year, method, version, factorRelease, ct);
        return marked;
    }
}
