using System.Diagnostics.Metrics;
using CarbonPlatform.Contracts.AccessLog;
using CarbonPlatform.BuildingBlocks.AccessLog;
using CarbonPlatform.ServiceDefaults.Telemetry;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using CarbonPlatform.ServiceDefaults;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.BuildingBlocks.Tests.AccessLog;

/// <summary>The publisher over MassTransit's in-memory test harness, and the bounded queue in front of it.</summary>
public sealed class ParkReadPublisherTests
{
    private static readonly Guid Park = Guid.NewGuid();
    private static readonly Guid Authority = Guid.NewGuid();

    private static ParkDataReadEntry Read(int n) =>
        new(Park, $"client-{n}", $"client-{n}", Authority, "regional-authority", "/api/v1/parks/{parkId:guid}/inventories/{year:int}", DateTimeOffset.UtcNow);

    private static IHost Host(Action<AccessLogOptions> options)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging().AddMetrics();
        builder.Services.AddSingleton(new ServiceIdentity("accounting"));
        builder.Services.Configure(options);
        builder.Services.AddSingleton<ParkReadLog>();
        builder.Services.AddHostedService<ParkReadPublisher>();
        builder.Services.AddMassTransitTestHarness();
        return builder.Build();
    }

    private static List<ParkDataRead> Published(IHost host) =>
        host.Services.GetRequiredService<ITestHarness>().Published.Select<ParkDataRead>().Select(p => p.Context.Message).ToList();

    [Fact]
    public async Task Reads_leave_in_batches_of_at_most_the_batch_size_named_by_the_service()
    {
        using var host = Host(o => (o.BatchSize, o.BatchWindow) = (200, TimeSpan.FromMilliseconds(300)));
        var log = host.Services.GetRequiredService<ParkReadLog>();
        for (var n = 0; n < 450; n++) log.Note(Read(n));

        await host.StartAsync();
        await Eventually.Until(() => Published(host).Sum(b => b.Reads.Count) == 450, "all 450 reads are published");
        await host.StopAsync();

        var batches = Published(host);
        Assert.Equal([200, 200, 50], batches.Select(b => b.Reads.Count));
        Assert.All(batches, b => Assert.Equal("accounting", b.Service));
        Assert.Equal(Enumerable.Range(0, 450).Select(n => $"client-{n}"), batches.SelectMany(b => b.Reads).Select(r => r.Subject));
    }

    [Fact]
    public async Task Reads_still_waiting_when_the_service_stops_are_published_on_the_way_out()
    {
        using var host = Host(o => (o.BatchSize, o.BatchWindow) = (200, TimeSpan.FromMinutes(5)));
        var log = host.Services.GetRequiredService<ParkReadLog>();
        await host.StartAsync();
        log.Note(Read(1));
        log.Note(Read(2));

        await host.StopAsync();

        Assert.Equal(2, Published(host).Sum(b => b.Reads.Count));
    }

    [Fact]
    public void A_read_that_finds_the_queue_full_is_dropped_and_counted_not_lost_in_silence()
    {
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var log = new ParkReadLog(Options.Create(new AccessLogOptions { Capacity = 2 }), provider.GetRequiredService<IMeterFactory>());
        long metered = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TelemetryExtensions.PlatformSource && instrument.Name == "carbon.access_log.dropped") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref metered, value));
        listener.Start();

        for (var n = 0; n < 5; n++) log.Note(Read(n));

        Assert.Equal(3, log.TakeDroppedCount());
        Assert.Equal(0, log.TakeDroppedCount()); // reported once
        Assert.Equal(3, Interlocked.Read(ref metered));
        Assert.True(log.Reads.TryRead(out var kept) && kept.Subject == "client-0", "the first reads stay queued");
    }
}
