using CarbonPlatform.Accounting.Inventories;
using Microsoft.Extensions.Caching.Memory;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>
/// Summaries kept per replica for versions whose months cannot move. A <c>current</c> or <c>stale</c> version has been
/// checked against the ledger: the park-year recorded exactly the batches it folded in, and the months of its lines are
/// those batches' entries, so its summary is the same on every read until a new batch arrives (and the version is then
/// <c>pending</c> or superseded, and summed afresh). Only the status is read on every request.
/// </summary>
public sealed class InventorySummaries : IDisposable
{
    private const int Kept = 256;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Kept });

    public async Task<InventorySummary> GetAsync(InventoryHead head, Func<Task<IReadOnlyDictionary<string, int>>> months,
        Func<IReadOnlyDictionary<string, int>, InventorySummary> sum)
    {
        var status = Enum.Parse<InventoryStatus>(head.Status, ignoreCase: true);
        var settled = status is InventoryStatus.Current or InventoryStatus.Stale;
        var key = head.Version.Id; // a version's batches never change
        if (settled && _cache.TryGetValue(key, out InventorySummary? kept)) return kept! with { Status = status };
        var summary = sum(await months());
        if (settled) _cache.Set(key, summary, new MemoryCacheEntryOptions { Size = 1 });
        return summary;
    }

    public void Dispose() => _cache.Dispose();
}
