using CarbonPlatform.Accounting.Dashboard;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>Only the latest version keeps its whole text; every older one still reads back exactly as it was computed.</summary>
public sealed class InventoryStorageTests : IAsyncDisposable
{
    private static readonly ParkScope Park = new(Guid.NewGuid(), "常州零碳园", "320400", Guid.NewGuid());
    private const string Method = "cers-2025";
    private readonly AccountingReplicas _replicas = new();
    private readonly ReferenceCatalog _catalog = new();
    private readonly LedgerStub _ledger = new();

    private static ProtoLine Offset(string id, double tonnes) =>
        new() { Id = id, Kind = "offset", Quantity = tonnes, Unit = "tCO2e", Instrument = "CCER", Serial = "CCER-" + id };

    /// <summary>Computes, then reads the latest version back as the API would: (version, text, batches).</summary>
    private async Task<(int Version, string Json, IReadOnlyList<string> Batches)> ComputeAsync() =>
        await _replicas.WithDbAsync(_replicas.AddReplica(), async db =>
        {
            await new InventoryComputer(db, new InventoryStore(db), _ledger, new FactorReleaseSource(_catalog, TimeProvider.System), new OneParkDirectory(Park))
                .ComputeAsync(Park.ParkId, 2024, CancellationToken.None);
            await db.SaveChangesAsync();
            var latest = await db.Inventories.AsNoTracking().Where(i => i.ParkId == Park.ParkId && i.Method == Method).OrderByDescending(i => i.Version).FirstAsync();
            var content = await new InventoryStore(db).ReadAsync(latest, CancellationToken.None);
            return (latest.Version, content.Json, content.Batches);
        });

    private Task<List<InventoryVersion>> VersionsAsync() => _replicas.WithDbAsync(_replicas.AddReplica(), db =>
        db.Inventories.AsNoTracking().Where(i => i.ParkId == Park.ParkId && i.Method == Method).OrderBy(i => i.Version).ToListAsync());

    private Task<InventoryContent> ReadAsync(InventoryVersion version) =>
        _replicas.WithDbAsync(_replicas.AddReplica(), db => new InventoryStore(db).ReadAsync(version, CancellationToken.None));

    [Fact]
    public async Task Every_older_version_reads_back_exactly_as_it_was_computed()
    {
        var computed = new List<(int Version, string Json, IReadOnlyList<string> Batches)>();
        _ledger.Batches = ["b-1"];
        _ledger.Lines = [Offset("园区-1", 100)];
        computed.Add(await ComputeAsync());
        _ledger.Batches = ["b-1", "b-2"];
        _ledger.Lines = [Offset("园区-1", 100), Offset("园区-2", 40)]; // appended
        computed.Add(await ComputeAsync());
        _ledger.Lines = [Offset("园区-1", 90), Offset("园区-2", 40)]; // corrected in place
        computed.Add(await ComputeAsync());
        _ledger.Batches = ["b-2", "b-3"];
        _ledger.Lines = [Offset("园区-2", 40)]; // a batch and its line gone
        computed.Add(await ComputeAsync());
        _catalog.Default = "cn-2026.1";
        computed.Add(await ComputeAsync());

        var versions = await VersionsAsync();
        Assert.Equal(computed.Select(c => c.Version), versions.Select(v => v.Version));
        Assert.Equal([versions[^1].Version], versions.Where(v => v.ResultJson is not null).Select(v => v.Version));
        Assert.All(versions[..^1], v => Assert.NotNull(v.DeltaJson));
        foreach (var (version, stored) in computed.Zip(versions))
        {
            var read = await ReadAsync(stored);
            Assert.Equal(version.Json, read.Json);
            Assert.Equal(version.Batches, read.Batches);
        }
        Assert.Equal(["b-1", "b-2"], computed[1].Batches);
        Assert.Equal(["b-2", "b-3"], computed[3].Batches);
    }

    [Fact]
    public async Task Many_one_line_batches_store_each_line_about_once_and_each_batch_once()
    {
        const int batches = 60;
        for (var i = 1; i <= batches; i++)
        {
            _ledger.Batches.Add($"b-{i}");
            _ledger.Lines.Add(Offset($"o-{i}", i));
            await ComputeAsync();
        }

        var versions = await VersionsAsync();
        var stored = versions.Sum(v => (v.ResultJson?.Length ?? 0) + (v.DeltaJson?.Length ?? 0));
        var latest = versions[^1].ResultJson!.Length;
        Assert.Equal(batches, versions.Count);
        // Whole texts for every version would be about batches / 2 = 30 times the latest; deltas keep it a small multiple.
        Assert.True(stored < 4 * latest, $"{stored:N0} characters stored for a latest text of {latest:N0}");
        var rows = await _replicas.WithDbAsync(_replicas.AddReplica(), db => db.InventoryBatches.CountAsync(b => b.ParkId == Park.ParkId && b.Method == Method));
        Assert.Equal(batches, rows);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"b-{i}"), (await ReadAsync(versions[29])).Batches);
    }

    [Fact]
    public async Task A_delta_changed_in_the_database_is_refused_rather_than_read()
    {
        _ledger.Batches = ["b-1"];
        _ledger.Lines = [Offset("o-1", 100)];
        await ComputeAsync();
        _ledger.Lines = [Offset("o-1", 120)];
        await ComputeAsync();
        var first = (await VersionsAsync())[0];
        first.DeltaJson = first.DeltaJson!.Replace("100", "101", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAsync(first));
        Assert.Contains("digest", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replica_parses_a_version_once_and_reads_older_versions_as_they_were_computed()
    {
        _ledger.Batches = ["b-1"];
        _ledger.Lines = [Offset("o-1", 100)];
        var first = await ComputeAsync();
        _ledger.Lines = [Offset("o-1", 120), Offset("o-2", 5)];
        var second = await ComputeAsync();
        var cache = new ParsedInventories(new ConfigurationBuilder().Build());

        Task<string> ParseAsync(ParsedInventories parsed, int version) => _replicas.WithDbAsync(_replicas.AddReplica(), async db =>
        {
            var head = await db.Inventories.AsNoTracking().Where(i => i.ParkId == Park.ParkId && i.Method == Method && i.Version == version)
                .Select(InventoryStore.Metadata).FirstAsync();
            var store = new InventoryStore(db);
            return (await parsed.GetAsync(new InventoryHead(head, "current", await store.ReadBatchesAsync(head, CancellationToken.None)), store,
                CancellationToken.None)).Root.GetRawText();
        });

        Assert.Equal(first.Json, await ParseAsync(cache, first.Version)); // rebuilt from its delta, without its text in hand
        Assert.Equal(second.Json, await ParseAsync(cache, second.Version));
        await _replicas.WithDbAsync(_replicas.AddReplica(), db => db.Inventories.Where(i => i.ParkId == Park.ParkId && i.Version == second.Version)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ResultJson, """{"lines":[]}""")));
        Assert.Equal(second.Json, await ParseAsync(cache, second.Version)); // the replica's parsed copy, not a new read
        Assert.Equal("""{"lines":[]}""", await ParseAsync(new ParsedInventories(new ConfigurationBuilder().Build()), second.Version));
    }

    public async ValueTask DisposeAsync() => await _replicas.DisposeAsync();
}
