using CarbonPlatform.Accounting.Dashboard;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Inventories;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>
/// A dashboard's summary (#22): a version the ledger has nothing newer for is summed once per replica; a version with new
/// data waiting, or an older one, is summed from the ledger's months on every read.
/// </summary>
public sealed class InventorySummariesTests
{
    private static InventoryHead Head(long id, string status) =>
        new(new InventoryVersion { Id = id, Method = "cers-2025", FactorRelease = "cn-2025.1", Version = (int)id }, status, ["batch-1"]);

    private static InventorySummary Sum(IReadOnlyDictionary<string, int> months) =>
        new(Guid.Empty, 2025, "cers-2025", 1, InventoryStatus.Current, "cn-2025.1", DateTime.UnixEpoch, months.Count,
            null!, new Dictionary<string, CarbonPlatform.Accounting.Engine.Results.GasTotal>(),
            [], [], [], new MonthTotals([new MonthTotal(months["line-1"], 1, 1)], 0, []), new UnverifiedLines(0, [], []));

    private sealed class Ledger
    {
        public int Reads { get; private set; }
        public int Month { get; set; } = 1;

        public Task<IReadOnlyDictionary<string, int>> MonthsAsync()
        {
            Reads++;
            return Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int> { ["line-1"] = Month });
        }
    }

    [Theory]
    [InlineData("current")]
    [InlineData("stale")]
    public async Task A_version_with_nothing_newer_in_the_ledger_is_summed_once(string status)
    {
        using var summaries = new InventorySummaries();
        var ledger = new Ledger();

        await summaries.GetAsync(Head(7, status), ledger.MonthsAsync, Sum);
        var again = await summaries.GetAsync(Head(7, status), ledger.MonthsAsync, Sum);

        Assert.Equal(1, ledger.Reads);
        Assert.Equal(1, again.ByMonth.Months.Single().Month);
        Assert.Equal(Enum.Parse<InventoryStatus>(status, ignoreCase: true), again.Status);
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("superseded")]
    public async Task A_version_the_ledger_has_moved_past_is_summed_from_the_ledger_on_every_read(string status)
    {
        using var summaries = new InventorySummaries();
        var ledger = new Ledger();

        await summaries.GetAsync(Head(7, status), ledger.MonthsAsync, Sum);
        ledger.Month = 2; // a correction moved the line to February
        var again = await summaries.GetAsync(Head(7, status), ledger.MonthsAsync, Sum);

        Assert.Equal(2, ledger.Reads);
        Assert.Equal(2, again.ByMonth.Months.Single().Month);
    }

    [Fact]
    public async Task The_status_is_the_one_read_now_not_the_one_summed_with()
    {
        using var summaries = new InventorySummaries();
        var ledger = new Ledger();

        await summaries.GetAsync(Head(7, "current"), ledger.MonthsAsync, Sum);
        var later = await summaries.GetAsync(Head(7, "stale"), ledger.MonthsAsync, Sum); // a newer default release appeared

        Assert.Equal(InventoryStatus.Stale, later.Status);
        Assert.Equal(1, ledger.Reads);
    }
}
