using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Persistence;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.BuildingBlocks.Tests.Support;

/// <summary>
/// A service host wired as the platform wires one (<c>AddServiceDatabase</c>: SQLite, the outbox signal and its
/// SaveChanges interceptor) over its own database file, plus whatever a test adds (test harness, relay, consumers).
/// </summary>
public sealed class ParkService : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _file;
    private bool _started;

    private ParkService(IHost host, string file) => (_host, _file) = (host, file);

    public IServiceProvider Services => _host.Services;
    public string File => _file;
    public ITestHarness Harness => _host.Services.GetTestHarness();

    /// <param name="file">A database another instance already uses (a second replica), or null for a new one.</param>
    public static async Task<ParkService> CreateAsync(Action<IServiceCollection>? configure = null, string? file = null)
    {
        file ??= Path.Combine(Path.GetTempPath(), $"carbon-servicedefaults-{Guid.NewGuid():N}.db");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:parks"] = $"Data Source={file};Default Timeout=30;Pooling=False";
        builder.Services.AddLogging();
        builder.AddServiceDatabase<ParkDb>("parks");
        builder.AddOutbox();
        configure?.Invoke(builder.Services);
        var service = new ParkService(builder.Build(), file);
        await using var db = service.OpenDb();
        await db.Database.EnsureCreatedAsync();
        return service;
    }

    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    /// <summary>A context of its own, as a request or a consumer would have.</summary>
    public ParkDb OpenDb() => _host.Services.CreateScope().ServiceProvider.GetRequiredService<ParkDb>();

    public async Task<T> QueryAsync<T>(Func<ParkDb, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ParkDb>());
    }

    public async ValueTask DisposeAsync()
    {
        if (_started) await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try { System.IO.File.Delete(_file); } catch (IOException) { /* a temp file; the OS cleans up */ }
    }
}
