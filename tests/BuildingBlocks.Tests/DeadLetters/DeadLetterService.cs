using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using CarbonPlatform.BuildingBlocks.Persistence;
using CarbonPlatform.BuildingBlocks.Tests.Inbox;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using CarbonPlatform.ServiceDefaults;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Tests.DeadLetters;

/// <summary>
/// A park service wired by <c>AddMessaging</c> as every consuming service is (in-memory transport), with one quick retry
/// and a redelivery schedule of two one-second steps, so that a test sees the long path in seconds.
/// </summary>
public sealed class DeadLetterService : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carbon-deadletters-{Guid.NewGuid():N}.db");
    private IHost _host = null!;

    public IServiceProvider Services => _host.Services;
    public MeterGateway Gateway => Services.GetRequiredService<MeterGateway>();

    public static async Task<DeadLetterService> StartAsync(Guid parkId)
    {
        var service = new DeadLetterService();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:parks"] = $"Data Source={service._file};Default Timeout=30;Pooling=False";
        builder.Configuration["Messaging:Transport"] = "InMemory";
        builder.Configuration["Messaging:QuickRetries"] = "1";
        builder.Configuration["Messaging:Redelivery:0"] = "00:00:01";
        builder.Configuration["Messaging:Redelivery:1"] = "00:00:01";
        builder.Configuration["Messaging:RedeliveryPoll"] = "00:00:00.100";
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddMetrics();
        builder.Services.AddSingleton(new ServiceIdentity("parks"));
        builder.Services.AddSingleton<MeterGateway>();
        builder.AddServiceDatabase<ParkDb>("parks");
        builder.AddMessaging<ParkDb>("parks", x => x.AddConsumer<ReadingTallyConsumer>());
        service._host = builder.Build();
        await service.QueryAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            db.Tallies.Add(new ReadingTally { ParkId = parkId });
            return await db.SaveChangesAsync();
        });
        await service._host.StartAsync();
        return service;
    }

    public Task Deliver(MeterReadingRecorded reading, Guid messageId) =>
        Services.GetRequiredService<IBus>().Publish(reading, context => context.MessageId = messageId);

    public async Task<T> QueryAsync<T>(Func<ParkDb, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ParkDb>());
    }

    public Task<List<DeadLetter>> LettersAsync() => QueryAsync(db => db.Set<DeadLetter>().AsNoTracking().ToListAsync());

    public Task<int> ReadingsAsync(Guid parkId) => QueryAsync(db => db.Tallies.AsNoTracking().Where(t => t.ParkId == parkId).Select(t => t.Readings).SingleAsync());

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try { File.Delete(_file); } catch (IOException) { /* a temp file; the OS cleans up */ }
    }
}
