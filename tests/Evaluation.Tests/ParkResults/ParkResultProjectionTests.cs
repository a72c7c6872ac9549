using CarbonPlatform.Contracts.Accounting;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.Testing;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Overview;
using Microsoft.EntityFrameworkCore;
using static CarbonPlatform.Evaluation.Tests.ParkResults.OverviewWorld;
using EvaluationConsumers = CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>
/// The regional overview's read model (#18): one row per park, year and scheme, kept by events whatever their order or
/// number of deliveries, and the same when rebuilt from the stored evaluations.
/// </summary>
public sealed class ParkResultProjectionTests
{
    private static Task<ConsumerWorld<EvaluationDb>> StartAsync() => ConsumerWorld<EvaluationDb>.StartAsync(x =>
    {
        x.AddConsumer<EvaluationCompletedConsumer>();
        x.AddConsumer<EvaluationConsumers.InventoryComputedConsumer>();
    });

    private static EvaluationCompleted Completed(StoredEvaluation e) => new(e.Id, e.ParkId, e.Year, e.Scheme, e.Grade, e.Passed);

    private static InventoryComputed Computed(Guid park, int version) => new(park, 2024, "cers-2025", version, "cn-2025.1", DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_row_shows_the_newest_evaluation_and_inventory_whatever_order_the_events_arrive_in()
    {
        await using var world = await StartAsync();
        async Task<string> EndOf(bool reversed)
        {
            var park = Guid.NewGuid();
            var t = DateTime.UtcNow;
            var (older, newer) = (Evaluated(park, "320571", 2024, "A", t, inventoryVersion: 1), Evaluated(park, "320571", 2024, "AA", t.AddMinutes(1), inventoryVersion: 2));
            await world.WithDbAsync(db => { db.Evaluations.AddRange(older, newer); return db.SaveChangesAsync(); });
            List<object> events = [Completed(older), Computed(park, 2), Completed(newer), Computed(park, 3), Completed(older)];
            if (reversed) events.Reverse();
            await world.DeliverAsync(events);
            var row = await world.WithDbAsync(db => db.ParkResults.SingleAsync(r => r.ParkId == park));
            Assert.Equal(newer.Id, row.EvaluationId);
            Assert.Equal("AA", row.Grade);
            Assert.Equal(3, row.NewestInventoryVersion); // the newer evaluation rests on version 2: stale
            return $"{row.Grade} v{row.InventoryVersion} newest v{row.NewestInventoryVersion}";
        }

        Assert.Equal(await EndOf(reversed: false), await EndOf(reversed: true));
    }

    [Fact]
    public async Task An_evaluation_delivered_twice_or_applied_again_leaves_one_row_unchanged()
    {
        await using var world = await StartAsync();
        var park = Guid.NewGuid();
        var e = Evaluated(park, "320571", 2024, "B", DateTime.UtcNow);
        await world.WithDbAsync(db => { db.Evaluations.Add(e); return db.SaveChangesAsync(); });

        await world.DeliverAsync([Completed(e), Completed(e)]);
        var once = await world.WithDbAsync(RowsAsync);
        await world.WithDbAsync(db => ParkResultProjection.ApplyAsync(db, e.Id, default).ContinueWith(_ => 0));

        Assert.Equal(once.Select(Shown), (await world.WithDbAsync(RowsAsync)).Select(Shown));
        Assert.Single(once);
    }

    [Fact]
    public async Task Rebuilt_from_the_evaluations_the_read_model_is_the_one_the_events_kept()
    {
        await using var world = await StartAsync();
        var t = DateTime.UtcNow;
        var evaluations = Enumerable.Range(0, 5).SelectMany(i =>
        {
            var park = Guid.NewGuid();
            return new[]
            {
                Evaluated(park, "32050" + i, 2024, "A", t.AddMinutes(i)), Evaluated(park, "32050" + i, 2024, "AAA", t.AddMinutes(i + 1)),
                Evaluated(park, "32050" + i, 2025, null, t.AddMinutes(i)),
            };
        }).ToList();
        await world.WithDbAsync(db => { db.Evaluations.AddRange(evaluations); return db.SaveChangesAsync(); });
        await world.DeliverAsync(evaluations.Select(Completed));
        var kept = (await world.WithDbAsync(RowsAsync)).Select(Shown).ToList();

        await world.WithDbAsync(db => db.ParkResults.ExecuteDeleteAsync());
        var applied = await world.WithDbAsync(RebuildAsync);

        Assert.Equal(10, applied); // the newest of each of 5 parks × 2 years
        Assert.Equal(kept, (await world.WithDbAsync(RowsAsync)).Select(Shown));
        Assert.Equal(10, kept.Count);
    }

    [Fact]
    public async Task A_rebuild_beside_a_newer_row_does_not_bring_back_an_older_evaluation()
    {
        await using var world = await StartAsync();
        var park = Guid.NewGuid();
        var t = DateTime.UtcNow;
        var (older, newer) = (Evaluated(park, "320571", 2024, "C", t), Evaluated(park, "320571", 2024, "AA", t.AddSeconds(1)));
        await world.WithDbAsync(db => { db.Evaluations.Add(older); return db.SaveChangesAsync(); });
        await world.DeliverAsync([Completed(older)]);
        await world.WithDbAsync(db => { db.Evaluations.Add(newer); return db.SaveChangesAsync(); });
        await world.DeliverAsync([Completed(newer)]);

        await world.WithDbAsync(RebuildAsync);
        await world.WithDbAsync(db => ParkResultProjection.ApplyAsync(db, older.Id, default).ContinueWith(_ => 0));

        Assert.Equal(newer.Id, (await world.WithDbAsync(db => db.ParkResults.SingleAsync(r => r.ParkId == park))).EvaluationId);
    }
}
