using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Testing;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Evaluations;
using CarbonPlatform.Evaluation.Reconciliation;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static CarbonPlatform.Evaluation.Tests.ParkResults.OverviewWorld;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>
/// Evaluation's reconciliation (#16 item 2): an evaluation whose InventoryComputed event never arrived still learns that
/// its inventory has a newer version, from accounting's latest versions, and says stale — in the overview too.
/// </summary>
public sealed class EvaluationReconciliationTests
{
    [Fact]
    public async Task An_evaluation_whose_inventory_event_was_lost_is_marked_stale_by_reconciliation_once()
    {
        await using var world = await ConsumerWorld<EvaluationDb>.StartAsync(_ => { });
        var t = DateTime.UtcNow;
        var (lost, told) = (Evaluated(Guid.NewGuid(), "320571", 2024, "A", t, inventoryVersion: 1), Evaluated(Guid.NewGuid(), "320583", 2024, "B", t, inventoryVersion: 3));
        await world.WithDbAsync(db => { db.Evaluations.AddRange(lost, told); return db.SaveChangesAsync(); });
        await world.WithDbAsync(RebuildAsync);
        // Accounting computed version 2 of the first park-year (its event was lost); the second is still on the version evaluated.
        var accounting = new LatestInventories((lost.ParkId, 2024, "cers-2025", 2, "cn-2026.1"), (told.ParkId, 2024, "cers-2025", 3, "cn-2025.1"));

        var first = await world.WithDbAsync(db => new EvaluationReconciler(db, accounting, NullLogger<EvaluationReconciler>.Instance).RunAsync(null, default));
        var again = await world.WithDbAsync(db => new EvaluationReconciler(db, accounting, NullLogger<EvaluationReconciler>.Instance).RunAsync(null, default));

        Assert.Equal([new StaleParkYear(lost.ParkId, 2024, "cers-2025", 2)], first);
        Assert.Empty(again);
        var stored = await world.WithDbAsync(db => db.Evaluations.AsNoTracking().ToDictionaryAsync(e => e.Id));
        Assert.True(stored[lost.Id].Stale);
        Assert.Equal((2, "cn-2026.1"), (stored[lost.Id].NewerInventoryVersion, stored[lost.Id].NewerFactorRelease));
        Assert.False(stored[told.Id].Stale);
        var row = await world.WithDbAsync(db => db.ParkResults.AsNoTracking().SingleAsync(r => r.ParkId == lost.ParkId));
        Assert.Equal(2, row.NewestInventoryVersion);
        Assert.Equal(4, accounting.Asked.Count); // both park-years asked, in each of the two runs
        Assert.Equal(new[] { lost.ParkId, told.ParkId }.Order(), accounting.Asked.Distinct().Order());
    }

    [Fact]
    public async Task An_evaluation_saved_after_a_newer_inventory_was_stored_is_stale_at_once_and_one_on_the_latest_is_not()
    {
        await using var world = await ConsumerWorld<EvaluationDb>.StartAsync(_ => { });
        var t = DateTime.UtcNow;
        var (behind, latest) = (Evaluated(Guid.NewGuid(), "320571", 2024, "A", t, inventoryVersion: 1), Evaluated(Guid.NewGuid(), "320583", 2024, "B", t, inventoryVersion: 3));
        await world.WithDbAsync(db => { db.Evaluations.AddRange(behind, latest); return db.SaveChangesAsync(); });
        // Version 2 of the first park-year was stored while its evaluation ran on version 1, and its event was handled before the save.
        var accounting = new LatestInventories((behind.ParkId, 2024, "cers-2025", 2, "cn-2026.1"), (latest.ParkId, 2024, "cers-2025", 3, "cn-2025.1"));

        Assert.True(await world.WithDbAsync(db => InventoryRecheck.AfterSaveAsync(db, accounting, behind, default)));
        Assert.False(await world.WithDbAsync(db => InventoryRecheck.AfterSaveAsync(db, accounting, latest, default)));

        var stored = await world.WithDbAsync(db => db.Evaluations.AsNoTracking().ToDictionaryAsync(e => e.Id));
        Assert.True(stored[behind.Id].Stale);
        Assert.Equal((2, "cn-2026.1"), (stored[behind.Id].NewerInventoryVersion, stored[behind.Id].NewerFactorRelease));
        Assert.True(behind.Stale); // the answer to the request that created it says so too
        Assert.False(stored[latest.Id].Stale);
    }

    /// <summary>Accounting's answer to GetLatestVersions, from a fixed list; records the parks asked about.</summary>
    private sealed class LatestInventories(params (Guid Park, int Year, string Method, int Version, string Release)[] latest) : Inventories.InventoriesClient
    {
        public List<Guid> Asked { get; } = [];

        public override AsyncUnaryCall<LatestVersionsReply> GetLatestVersionsAsync(LatestVersionsRequest request, CallOptions options)
        {
            Asked.AddRange(request.Keys.Select(k => Guid.Parse(k.ParkId)));
            var reply = new LatestVersionsReply();
            reply.Versions.AddRange(latest.Where(l => request.Keys.Any(k => k.ParkId == l.Park.ToString() && k.Year == l.Year && k.Method == l.Method))
                .Select(l => new LatestVersion { Key = new InventoryKey { ParkId = l.Park.ToString(), Year = l.Year, Method = l.Method }, Version = l.Version, FactorRelease = l.Release }));
            return new AsyncUnaryCall<LatestVersionsReply>(Task.FromResult(reply), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }
    }
}
