using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.ActivityData.Recording;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

[Collection(nameof(ServiceCollection))]
public sealed class LedgerBackfillTests(ActivityDataService service)
{
    /// <summary>Lines as a database kept them before the ledger migration: a batch and its records, no entries.</summary>
    private Task RecordBeforeTheLedgerAsync(Guid parkId, string by, params (string LineId, double Mwh)[] lines) => service.WithDbAsync(async db =>
    {
        var batch = new ActivityBatch
        {
            Id = Guid.NewGuid(), ParkId = parkId, Year = 2023, RequestHash = new string('a', 64), LineCount = lines.Length, Channel = Channels.Manual,
            RecordedBy = by, RecordedAt = new DateTime(2024, 2, 1, 9, 0, 0, DateTimeKind.Utc),
        };
        db.Batches.Add(batch);
        foreach (var (line, mwh) in lines)
            db.Records.Add(new ActivityRecord
            {
                ParkId = parkId, Year = 2023, BatchId = batch.Id, LineId = line, Kind = "purchased-electricity", Quantity = mwh, Unit = "MWh",
                RecordedAt = batch.RecordedAt,
            });
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Lines_recorded_before_the_ledger_get_entries_after_the_head_and_the_park_verifies()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("e-1", 100));
        await RecordBeforeTheLedgerAsync(park.Id, "operator-7", ("old-1", 40), ("old-2", 60));
        var before = await park.VerifyAsync();
        Assert.False(before.GetProperty("intact").GetBoolean());
        Assert.Contains("no ledger entry", before.GetProperty("firstMismatch").GetProperty("message").GetString());

        var entered = await service.WithDbAsync(db => LedgerBackfill.RunAsync(db, CancellationToken.None));

        Assert.Equal(2, entered[park.Id]);
        var after = await park.VerifyAsync();
        Assert.True(after.GetProperty("intact").GetBoolean(), after.ToString());
        var entries = await service.WithDbAsync(db => db.Ledger.AsNoTracking().Where(e => e.ParkId == park.Id).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(["e-1", "old-1", "old-2"], entries.Select(e => e.LineId));
        Assert.All(entries.Skip(1), e => Assert.Equal((Channels.Manual, "operator-7", LedgerBackfill.Reason, 2023), (e.Channel, e.RecordedBy, e.Reason, e.Year)));
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
    }

    [Fact]
    public async Task A_second_backfill_enters_nothing()
    {
        var park = new TestPark(service);
        await RecordBeforeTheLedgerAsync(park.Id, "operator-8", ("old-1", 40));
        await service.WithDbAsync(db => LedgerBackfill.RunAsync(db, CancellationToken.None));

        var again = await service.WithDbAsync(db => LedgerBackfill.RunAsync(db, CancellationToken.None));

        Assert.False(again.ContainsKey(park.Id));
        Assert.Equal(1, await service.WithDbAsync(db => db.Ledger.CountAsync(e => e.ParkId == park.Id)));
    }

    [Fact]
    public async Task The_backfill_is_due_only_with_the_migration_that_brought_the_ledger()
    {
        var migrations = await service.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));

        Assert.Contains(LedgerBackfill.LedgerMigration, migrations);
        Assert.True(LedgerBackfill.IsDue(migrations)); // a database migrated from nothing (or from before the ledger)
        Assert.False(LedgerBackfill.IsDue(migrations.SkipWhile(m => m != LedgerBackfill.LedgerMigration).Skip(1))); // a later upgrade
    }
}
