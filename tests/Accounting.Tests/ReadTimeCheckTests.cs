using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>An inventory never says current while activity-data holds a batch it did not fold in.</summary>
public sealed class ReadTimeCheckTests : IAsyncDisposable
{
    private static readonly ParkScope Park = new(Guid.NewGuid(), "常州零碳园", "320400", Guid.NewGuid());
    private readonly AccountingReplicas _replicas = new();
    private readonly ReferenceCatalog _catalog = new();
    private readonly LedgerStub _ledger = new()
    {
        Batches = ["b-1"], Lines = [new ProtoLine { Id = "o-1", Kind = "offset", Quantity = 10, Unit = "tCO2e", Instrument = "CCER", Serial = "CCER-1" }],
    };

    private Task<string> StatusAsync() => _replicas.WithDbAsync(_replicas.AddReplica(), async db =>
        (await new InventoryReader(db, new InventoryStore(db), new FactorReleaseSource(_catalog, TimeProvider.System), _ledger, new RecomputeSignal())
            .FindAsync(Park.ParkId, 2024, "cers-2025", null, CancellationToken.None))!.Status);

    private Task<bool> DemandedAsync() => _replicas.WithDbAsync(_replicas.AddReplica(), db => db.Demands.AnyAsync(d => d.ParkId == Park.ParkId));

    [Fact]
    public async Task A_recorded_batch_missing_from_the_latest_version_makes_it_pending_and_asks_for_the_recomputation()
    {
        await _replicas.WithDbAsync(_replicas.AddReplica(), async db =>
        {
            await new InventoryComputer(db, new InventoryStore(db), _ledger, new FactorReleaseSource(_catalog, TimeProvider.System), new OneParkDirectory(Park))
                .ComputeAsync(Park.ParkId, 2024, CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        Assert.Equal("current", await StatusAsync());
        Assert.False(await DemandedAsync());

        _ledger.Recorded = ["b-1", "b-2"]; // b-2 recorded; its event has not reached accounting

        Assert.Equal("pending", await StatusAsync());
        Assert.True(await DemandedAsync());
        Assert.Equal("pending", await StatusAsync()); // asked again: the demand is there already
    }

    public async ValueTask DisposeAsync() => await _replicas.DisposeAsync();
}
