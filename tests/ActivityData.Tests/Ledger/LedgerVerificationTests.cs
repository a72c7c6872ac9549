using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

[Collection(nameof(ServiceCollection))]
public sealed class LedgerVerificationTests(ActivityDataService service)
{
    [Fact]
    public async Task An_untouched_chain_is_intact()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50));
        await park.CorrectAsync("e-2", 2024, "late invoice", TestPark.Electricity("e-2", 55));

        var report = await park.VerifyAsync();

        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(3, report.GetProperty("entriesChecked").GetInt64());
    }

    [Fact]
    public async Task A_value_changed_directly_in_the_database_is_named_by_the_verification()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50), TestPark.Electricity("e-3", 70));

        var changed = await service.ExecuteSqlAsync(
            $"UPDATE LedgerEntries SET \"Values\" = replace(\"Values\", '\"quantity\":50', '\"quantity\":5') WHERE ParkId = '{park.Id.ToString().ToUpperInvariant()}' AND LineId = 'e-2'");

        Assert.Equal(1, changed);
        var report = await park.VerifyAsync();
        Assert.False(report.GetProperty("intact").GetBoolean());
        var mismatch = report.GetProperty("firstMismatch");
        Assert.Equal(2, mismatch.GetProperty("sequence").GetInt64());
        Assert.Equal("e-2", mismatch.GetProperty("lineId").GetString());
        Assert.Equal("content", mismatch.GetProperty("differs").GetString());
        Assert.Equal(1, report.GetProperty("entriesChecked").GetInt64());
    }

    [Fact]
    public async Task A_deleted_entry_breaks_the_chain_at_the_entry_after_it()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50), TestPark.Electricity("e-3", 70));

        await service.ExecuteSqlAsync($"DELETE FROM LedgerEntries WHERE ParkId = '{park.Id.ToString().ToUpperInvariant()}' AND Sequence = 2");

        var mismatch = (await park.VerifyAsync()).GetProperty("firstMismatch");
        Assert.Equal(3, mismatch.GetProperty("sequence").GetInt64());
        Assert.Equal("sequence", mismatch.GetProperty("differs").GetString());
    }

    [Fact]
    public async Task A_current_value_changed_past_the_ledger_is_named_with_its_latest_entry()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100), TestPark.Electricity("e-2", 50));
        await park.CorrectAsync("e-2", 2024, "late invoice", TestPark.Electricity("e-2", 55));

        await service.ExecuteSqlAsync($"UPDATE Records SET Quantity = 1 WHERE ParkId = '{park.Id.ToString().ToUpperInvariant()}' AND LineId = 'e-2'");

        var report = await park.VerifyAsync();
        Assert.False(report.GetProperty("intact").GetBoolean());
        var mismatch = report.GetProperty("firstMismatch");
        Assert.Equal((3L, "e-2", "current-value"),
            (mismatch.GetProperty("sequence").GetInt64(), mismatch.GetProperty("lineId").GetString(), mismatch.GetProperty("differs").GetString()));
    }
}
