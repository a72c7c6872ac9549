using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Reconciliation;

/// <summary>An inventory found newer than what the park-year's evaluations knew of: they are stale now.</summary>
public sealed record StaleParkYear(Guid ParkId, int Year, string Method, int Version);

/// <summary>
/// Asks accounting for the latest inventory version of every park-year and method that has evaluations, and marks the
/// evaluations stale where a newer one exists than they were told of — so an evaluation whose InventoryComputed event was
/// lost (a dead letter, a dropped outbox row) still says <c>stale</c>, and an application is refused on it.
/// </summary>
public sealed class EvaluationReconciler(EvaluationDb db, Inventories.InventoriesClient accounting, ILogger<EvaluationReconciler> log)
{
    /// <summary>Park-years asked about in one call (accounting answers at most 500).</summary>
    public const int PageSize = 200;

    public async Task<IReadOnlyList<StaleParkYear>> RunAsync(Guid? parkId, CancellationToken ct)
    {
        var known = await db.Evaluations.AsNoTracking().Where(e => parkId == null || e.ParkId == parkId)
            .GroupBy(e => new { e.ParkId, e.Year, e.Method })
            .Select(g => new { g.Key.ParkId, g.Key.Year, g.Key.Method, Known = g.Max(e => e.NewerInventoryVersion ?? e.InventoryVersion) })
            .ToListAsync(ct);
        var newer = new List<StaleParkYear>();
        foreach (var page in known.Chunk(PageSize))
        {
            var request = new LatestVersionsRequest();
            request.Keys.AddRange(page.Select(k => new InventoryKey { ParkId = k.ParkId.ToString(), Year = k.Year, Method = k.Method }));
            var reply = await accounting.GetLatestVersionsAsync(request, cancellationToken: ct);
            var told = page.ToDictionary(k => (k.ParkId, k.Year, k.Method), k => k.Known);
            foreach (var latest in reply.Versions)
            {
                var key = (Guid.Parse(latest.Key.ParkId), latest.Key.Year, latest.Key.Method);
                if (!told.TryGetValue(key, out var version) || latest.Version <= version) continue;
                await InventoryStaleness.MarkAsync(db, key.Item1, key.Year, key.Method, latest.Version, latest.FactorRelease, ct);
                newer.Add(new StaleParkYear(key.Item1, key.Year, key.Method, latest.Version));
            }
        }
        if (newer.Count > 0)
            log.LogWarning("Evaluation reconciliation found {Count} park-years with a newer inventory than their evaluations were told of; marked stale", newer.Count);
        return newer;
    }
}
