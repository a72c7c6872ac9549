using System.Runtime.CompilerServices;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>Accounting compares the batches activity-data holds with those its inventories folded in.</summary>
public sealed class ReconciliationTests
{
    private sealed class Ledger(params RecordedBatches[] parkYears) : IRecordedBatchSource
    {
        public async IAsyncEnumerable<RecordedBatches> ReadAsync(Guid? parkId, [EnumeratorCancellation] CancellationToken ct)
        {
            await Task.Yield();
            foreach (var parkYear in parkYears.Where(p => parkId is null || p.ParkId == parkId)) yield return parkYear;
        }
    }

    private static InventoryVersion Inventory(Guid park, string method, params string[] batches) => new()
    {
        ParkId = park, Year = 2024, Method = method, Version = 1, FactorRelease = "cn-2025.1", Batches = string.Join(',', batches),
        ResultJson = "{}", ComputedAt = DateTime.UtcNow,
    };

    private static Task<IReadOnlyList<(Guid ParkId, int Year)>> ReconcileAsync(AccountingReplicas replicas, IServiceProvider replica, Ledger ledger) =>
        replicas.WithDbAsync(replica, db => new Reconciler(db, ledger, replica.GetRequiredService<RecomputeSignal>(), NullLogger<Reconciler>.Instance)
            .RunAsync(null, CancellationToken.None));

    [Fact]
    public async Task A_batch_whose_event_never_arrived_is_recomputed_into_the_inventory()
    {
        await using var replicas = new AccountingReplicas();
        var replica = replicas.AddReplica();
        var (inStep, missing) = (Guid.NewGuid(), Guid.NewGuid());
        await replicas.WithDbAsync(replica, db =>
        {
            foreach (var method in InventoryComputer.MethodsComputed)
            {
                db.Inventories.Add(Inventory(inStep, method, "b-1"));
                db.Inventories.Add(Inventory(missing, method, "b-2"));
            }
            return db.SaveChangesAsync();
        });
        var ledger = new Ledger(new RecordedBatches(inStep, 2024, new HashSet<string> { "b-1" }),
            new RecordedBatches(missing, 2024, new HashSet<string> { "b-2", "b-3-event-dropped" }));

        var differing = await ReconcileAsync(replicas, replica, ledger);

        Assert.Equal([(missing, 2024)], differing);
        Assert.Equal([missing], await replicas.WithDbAsync(replica, db => db.Demands.Select(d => d.ParkId).ToListAsync()));
        var recomputer = AccountingReplicas.Recomputer(replica);
        await recomputer.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await replicas.WithDbAsync(replica, db => db.Demands.AnyAsync()) && DateTime.UtcNow < deadline) await Task.Delay(50);
        await recomputer.StopAsync(CancellationToken.None);
        Assert.Equal([(missing, 2024)], replicas.Runs);
    }

    [Fact]
    public async Task Inventories_that_folded_in_every_recorded_batch_are_left_alone()
    {
        await using var replicas = new AccountingReplicas();
        var replica = replicas.AddReplica();
        var park = Guid.NewGuid();
        await replicas.WithDbAsync(replica, db =>
        {
            foreach (var method in InventoryComputer.MethodsComputed) db.Inventories.Add(Inventory(park, method, "b-1", "b-2"));
            return db.SaveChangesAsync();
        });

        var differing = await ReconcileAsync(replicas, replica, new Ledger(new RecordedBatches(park, 2024, new HashSet<string> { "b-2", "b-1" })));

        Assert.Empty(differing);
        Assert.False(await replicas.WithDbAsync(replica, db => db.Demands.AnyAsync()));
    }

    [Fact]
    public void A_park_year_with_batches_but_no_inventory_or_one_method_behind_differs()
    {
        var (never, behind) = (Guid.NewGuid(), Guid.NewGuid());
        var recorded = new[] { new RecordedBatches(never, 2024, new HashSet<string> { "a" }), new RecordedBatches(behind, 2024, new HashSet<string> { "b", "c" }) };
        var folded = new[]
        {
            new FoldedBatches(behind, 2024, "cers-2025", new HashSet<string> { "b", "c" }),
            new FoldedBatches(behind, 2024, "ndrc-910-2025", new HashSet<string> { "b" }),
        };

        Assert.Equal(new[] { (never, 2024), (behind, 2024) }.Order(), BatchComparison.Differing(recorded, folded).Order());
    }
}
