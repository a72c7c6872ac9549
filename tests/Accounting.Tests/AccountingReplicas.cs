using System.Collections.Concurrent;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Contracts.Grpc.EmissionFactors;
using CarbonPlatform.EmissionFactors.Client;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>Several accounting replicas over one SQLite file: each its own services, recomputer and factor cache.</summary>
public sealed class AccountingReplicas : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carbon-accounting-replicas-{Guid.NewGuid():N}.db");
    private readonly List<ServiceProvider> _replicas = [];

    /// <summary>Every (park, year) run, by every replica, in the order runs started.</summary>
    public ConcurrentQueue<(Guid ParkId, int Year)> Runs { get; } = new();
    public Func<Guid, int, Task> DuringRun { get; set; } = (_, _) => Task.Delay(200);
    public FakeCatalog Catalog { get; } = new();

    public ServiceProvider AddReplica()
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<AccountingDb>(o => o.UseSqlite($"Data Source={_file};Default Timeout=30"));
        services.AddSingleton(new FactorReleaseSource(Catalog, TimeProvider.System));
        services.AddSingleton<RecomputeSignal>();
        services.AddMetrics();
        services.AddSingleton(new CarbonPlatform.ServiceDefaults.ServiceIdentity("accounting"));
        services.AddSingleton<RecomputeMetrics>();
        services.AddScoped<IInventoryComputer>(_ => new RecordingComputer(this));
        var provider = services.BuildServiceProvider();
        _replicas.Add(provider);
        return provider;
    }

    public async Task<T> WithDbAsync<T>(IServiceProvider replica, Func<AccountingDb, Task<T>> work)
    {
        await using var scope = replica.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountingDb>();
        await db.Database.EnsureCreatedAsync();
        return await work(db);
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }

    public static InventoryRecomputer Recomputer(IServiceProvider replica) => new(replica.GetRequiredService<IServiceScopeFactory>(),
        replica.GetRequiredService<RecomputeSignal>(), replica.GetRequiredService<RecomputeMetrics>(), NullLogger<InventoryRecomputer>.Instance);

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { File.Delete(_file); } catch (IOException) { /* a temp file */ }
    }

    private sealed class RecordingComputer(AccountingReplicas replicas) : IInventoryComputer
    {
        public async Task ComputeAsync(Guid parkId, int year, CancellationToken ct)
        {
            replicas.Runs.Enqueue((parkId, year));
            await replicas.DuringRun(parkId, year);
        }
    }
}

/// <summary>The emission-factors catalogue: named releases with no factors, and which one is the default.</summary>
public sealed class FakeCatalog : FactorCatalog.FactorCatalogClient
{
    public volatile string Default = "cn-2025.1";
    public int Calls;

    public override AsyncUnaryCall<FactorReleaseReply> GetReleaseAsync(GetReleaseRequest request, CallOptions options)
    {
        Interlocked.Increment(ref Calls);
        var name = request.Release.Length == 0 ? Default : request.Release;
        return new AsyncUnaryCall<FactorReleaseReply>(Task.FromResult(new FactorReleaseReply { Found = true, Release = name }),
            Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override AsyncUnaryCall<FactorReleaseReply> GetReleaseAsync(GetReleaseRequest request, Metadata? headers = null,
        DateTime? deadline = null, CancellationToken cancellationToken = default) =>
        GetReleaseAsync(request, new CallOptions(headers, deadline, cancellationToken));
}
