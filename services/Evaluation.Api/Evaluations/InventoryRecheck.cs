using CarbonPlatform.Contracts.Grpc.Accounting;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>
/// The read-time check. An evaluation read version N of its inventory; if N+1 was stored while it ran, N+1's
/// InventoryComputed event may have been handled before this evaluation was saved, marking nothing. Asking accounting
/// after the save closes the gap: a version stored before the question is seen here, and one stored after it announces
/// itself after the save, so the consumer marks this evaluation. Whichever comes first, the evaluation ends stale.
/// </summary>
public static class InventoryRecheck
{
    /// <summary>Whether a newer version was found (the evaluation is then marked stale, in the database and in <paramref name="saved"/>).</summary>
    public static async Task<bool> AfterSaveAsync(EvaluationDb db, Inventories.InventoriesClient accounting, StoredEvaluation saved, CancellationToken ct)
    {
        var request = new LatestVersionsRequest();
        request.Keys.Add(new InventoryKey { ParkId = saved.ParkId.ToString(), Year = saved.Year, Method = saved.Method });
        var latest = (await accounting.GetLatestVersionsAsync(request, cancellationToken: ct)).Versions.FirstOrDefault();
        if (latest is null || latest.Version <= saved.InventoryVersion) return false;
        await InventoryStaleness.MarkAsync(db, saved.ParkId, saved.Year, saved.Method, latest.Version, latest.FactorRelease, ct);
        (saved.Stale, saved.NewerInventoryVersion, saved.NewerFactorRelease) = (true, latest.Version, latest.FactorRelease);
        return true;
    }
}
