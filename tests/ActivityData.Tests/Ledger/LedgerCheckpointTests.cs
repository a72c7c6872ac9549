using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

/// <summary>
/// Verification that does not rescan history (#18): an intact walk leaves a checkpoint (entry N, head hash H); the next walks
/// re-check entry N and go on from it; a full verification on demand still walks every entry from the first.
/// </summary>
[Collection(nameof(ServiceCollection))]
public sealed class LedgerCheckpointTests(ActivityDataService service)
{
    private async Task<System.Text.Json.JsonElement> VerifyAsync(TestPark park, string query = "") =>
        await Api.OkJsonAsync(await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/ledger/verification{query}"));

    private string Park(TestPark park) => park.Id.ToString().ToUpperInvariant();

    [Fact]
    public async Task A_second_verification_walks_only_the_entries_after_the_checkpoint()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50), TestPark.Electricity("e-3", 70));
        var first = await VerifyAsync(park);
        await park.RecordAsync(2024, TestPark.Electricity("e-4", 10));

        var second = await VerifyAsync(park);

        Assert.Equal((0L, 3L), (first.GetProperty("verifiedFrom").GetInt64(), first.GetProperty("entriesChecked").GetInt64()));
        Assert.True(second.GetProperty("intact").GetBoolean(), second.ToString());
        Assert.Equal((3L, 1L), (second.GetProperty("verifiedFrom").GetInt64(), second.GetProperty("entriesChecked").GetInt64()));
        Assert.NotEqual(first.GetProperty("headHash").GetString(), second.GetProperty("headHash").GetString());
    }

    [Fact]
    public async Task A_change_to_the_checkpoint_s_entry_is_caught_from_the_checkpoint()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50));
        await VerifyAsync(park);

        await service.ExecuteSqlAsync(
            $"UPDATE LedgerEntries SET \"Values\" = replace(\"Values\", '\"quantity\":50', '\"quantity\":5') WHERE ParkId = '{Park(park)}' AND Sequence = 2");

        var report = await VerifyAsync(park);
        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal(("checkpoint", 2L), (report.GetProperty("firstMismatch").GetProperty("differs").GetString(),
            report.GetProperty("firstMismatch").GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task An_entry_changed_before_the_checkpoint_is_caught_by_the_full_verification()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50), TestPark.Electricity("e-3", 70));
        await VerifyAsync(park);

        await service.ExecuteSqlAsync(
            $"UPDATE LedgerEntries SET \"Values\" = replace(\"Values\", '\"quantity\":100', '\"quantity\":1') WHERE ParkId = '{Park(park)}' AND Sequence = 1");

        var fromCheckpoint = await VerifyAsync(park);
        var full = await VerifyAsync(park, "?full=true");
        Assert.True(fromCheckpoint.GetProperty("intact").GetBoolean()); // what the checkpoint does not re-read: the reason full exists
        Assert.False(full.GetProperty("intact").GetBoolean());
        Assert.Equal((0L, 1L), (full.GetProperty("verifiedFrom").GetInt64(), full.GetProperty("firstMismatch").GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task A_broken_chain_does_not_move_the_checkpoint()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100));
        await VerifyAsync(park);
        await park.RecordAsync(2024, TestPark.Electricity("e-2", 50), TestPark.Electricity("e-3", 70));
        await service.ExecuteSqlAsync($"DELETE FROM LedgerEntries WHERE ParkId = '{Park(park)}' AND Sequence = 2");

        var broken = await VerifyAsync(park);
        var again = await VerifyAsync(park);

        Assert.Equal(("sequence", 3L), (broken.GetProperty("firstMismatch").GetProperty("differs").GetString(),
            broken.GetProperty("firstMismatch").GetProperty("sequence").GetInt64()));
        Assert.Equal(1L, again.GetProperty("verifiedFrom").GetInt64());
        Assert.False(again.GetProperty("intact").GetBoolean());
    }
}
