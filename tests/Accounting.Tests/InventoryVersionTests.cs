using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>A recomputation stores a version only when it says something the latest one does not.</summary>
public sealed class InventoryVersionTests
{
    private static readonly ParkScope Park = new(Guid.NewGuid(), "常州零碳园", "320400", Guid.NewGuid());

    private static ProtoLine Offset(string id, double tonnes) =>
        new() { Id = id, Kind = "offset", Quantity = tonnes, Unit = "tCO2e", Instrument = "CCER", Serial = "CCER-" + id };

    private static async Task<List<(string Method, int Version)>> ComputeAsync(AccountingReplicas replicas, ReferenceCatalog catalog, LedgerStub ledger)
    {
        var replica = replicas.AddReplica();
        return await replicas.WithDbAsync(replica, async db =>
        {
            await new InventoryComputer(db, new InventoryStore(db), ledger, new FactorReleaseSource(catalog, TimeProvider.System), new OneParkDirectory(Park))
                .ComputeAsync(Park.ParkId, 2024, CancellationToken.None);
            await db.SaveChangesAsync();
            return (await db.Inventories.Where(i => i.ParkId == Park.ParkId).Select(i => new { i.Method, i.Version }).ToListAsync())
                .Select(i => (i.Method, i.Version)).Order().ToList();
        });
    }

    [Fact]
    public async Task A_recomputation_of_unchanged_data_stores_no_second_version_and_announces_none()
    {
        await using var replicas = new AccountingReplicas();
        var catalog = new ReferenceCatalog();
        var ledger = new LedgerStub { Batches = ["b-1", "b-2"], Lines = [Offset("o-1", 100), Offset("o-2", 50)] };

        var first = await ComputeAsync(replicas, catalog, ledger);
        var again = await ComputeAsync(replicas, catalog, ledger);

        Assert.Empty(await replicas.WithDbAsync(replicas.AddReplica(), db => db.Inventories.Where(i => i.ErrorsJson != null).Select(i => i.ErrorsJson!).ToListAsync()));
        Assert.Equal(InventoryComputer.MethodsComputed.Select(m => (m, 1)).Order(), first);
        Assert.Equal(first, again);
        var announced = await replicas.WithDbAsync(replicas.AddReplica(), db => db.Set<CarbonPlatform.BuildingBlocks.Messaging.OutboxMessage>().CountAsync());
        Assert.Equal(InventoryComputer.MethodsComputed.Length, announced);
    }

    [Fact]
    public async Task A_corrected_line_a_new_batch_or_a_new_release_each_store_a_new_version()
    {
        await using var replicas = new AccountingReplicas();
        var catalog = new ReferenceCatalog();
        var ledger = new LedgerStub { Batches = ["b-1"], Lines = [Offset("o-1", 100)] };
        await ComputeAsync(replicas, catalog, ledger);

        ledger.Lines = [Offset("o-1", 90)];
        var corrected = await ComputeAsync(replicas, catalog, ledger);
        ledger.Batches = ["b-1", "b-2"];
        var batched = await ComputeAsync(replicas, catalog, ledger);
        catalog.Default = "cn-2026.1";
        var released = await ComputeAsync(replicas, catalog, ledger);

        Assert.Equal(2, corrected.Max(v => v.Version));
        Assert.Equal(3, batched.Max(v => v.Version));
        Assert.Equal(4, released.Max(v => v.Version));
        Assert.All(InventoryComputer.MethodsComputed, m => Assert.Equal(4, released.Count(v => v.Method == m)));
    }
}
