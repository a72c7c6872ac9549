namespace CarbonPlatform.Accounting.Reconciliation;

/// <summary>The batches activity-data recorded for a park-year.</summary>
public sealed record RecordedBatches(Guid ParkId, int Year, IReadOnlySet<string> BatchIds);

/// <summary>The batches the latest inventory of a park-year and method folded in.</summary>
public sealed record FoldedBatches(Guid ParkId, int Year, string Method, IReadOnlySet<string> BatchIds);

/// <summary>Which park-years an inventory disagrees with the ledger on. Pure.</summary>
public static class BatchComparison
{
    /// <summary>
    /// Every park-year where some method's latest inventory folded in other batches than activity-data holds (a batch
    /// whose event never arrived, or one no longer there), and every park-year with batches but no inventory at all.
    /// </summary>
    public static IReadOnlyList<(Guid ParkId, int Year)> Differing(IEnumerable<RecordedBatches> recorded, IEnumerable<FoldedBatches> folded)
    {
        var ledger = recorded.ToDictionary(r => (r.ParkId, r.Year), r => r.BatchIds);
        var inventories = folded.GroupBy(f => (f.ParkId, f.Year)).ToDictionary(g => g.Key, g => g.ToList());
        var differing = new SortedSet<(Guid, int)>();
        foreach (var (parkYear, batches) in ledger)
            if (!inventories.TryGetValue(parkYear, out var versions) || versions.Any(v => !v.BatchIds.SetEquals(batches)))
                differing.Add(parkYear);
        foreach (var (parkYear, versions) in inventories)
            if (!ledger.ContainsKey(parkYear) && versions.Any(v => v.BatchIds.Count > 0))
                differing.Add(parkYear);
        return differing.ToList();
    }
}
