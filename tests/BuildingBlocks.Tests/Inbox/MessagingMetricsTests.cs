using System.Diagnostics.Metrics;
using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.ServiceDefaults.Telemetry;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using CarbonPlatform.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Inbox;

/// <summary>
/// carbon.messages.dead_lettered counts a message once when its consumer failed on every attempt (not once per
/// attempt, and not when a retry succeeded); carbon.inbox.duplicates_skipped counts each redelivery the inbox skipped.
/// </summary>
public sealed class MessagingMetricsTests
{
    private readonly Guid _park = Guid.NewGuid();

    [Fact]
    public async Task A_message_failing_every_retry_is_counted_once_as_dead_lettered()
    {
        await using var service = await StartAsync(retries: 3);
        using var counted = new PlatformCounters(service.Services.GetRequiredService<IMeterFactory>());
        service.Services.GetRequiredService<MeterGateway>().TimeOutNext(100);
        var messageId = Guid.NewGuid();

        await service.Deliver(new MeterReadingRecorded(_park, 1m), messageId);
        await Eventually.Until(() => counted["carbon.messages.dead_lettered"] >= 1, "the dead letter is counted");
        await Task.Delay(500); // room for a second, wrong count

        Assert.Equal(1, counted["carbon.messages.dead_lettered"]);
        Assert.Equal(0, counted["carbon.inbox.duplicates_skipped"]);
    }

    [Fact]
    public async Task A_message_that_succeeds_on_a_retry_is_not_dead_lettered()
    {
        await using var service = await StartAsync(retries: 3);
        using var counted = new PlatformCounters(service.Services.GetRequiredService<IMeterFactory>());
        service.Services.GetRequiredService<MeterGateway>().TimeOutNext(2);
        var messageId = Guid.NewGuid();

        await service.Deliver(new MeterReadingRecorded(_park, 1m), messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Any(d => d.Exception is null), "the retry succeeds");
        await Task.Delay(500);

        Assert.Equal(1, (await service.TallyAsync(_park)).Readings);
        Assert.Equal(0, counted["carbon.messages.dead_lettered"]);
    }

    [Fact]
    public async Task Each_redelivery_the_inbox_skips_is_counted()
    {
        await using var service = await StartAsync(retries: 0);
        using var counted = new PlatformCounters(service.Services.GetRequiredService<IMeterFactory>());
        var messageId = Guid.NewGuid();
        var reading = new MeterReadingRecorded(_park, 1m);

        for (var i = 1; i <= 3; i++)
        {
            await service.Deliver(reading, messageId);
            var expected = i;
            await Eventually.Until(() => service.Deliveries(messageId).Count == expected, $"delivery {i} is consumed");
        }

        Assert.Equal(2, counted["carbon.inbox.duplicates_skipped"]);
        Assert.Equal(1, (await service.TallyAsync(_park)).Readings);
    }

    private Task<ParkService> StartAsync(int retries) => InboxService.StartAsync(_park, immediateRetries: retries, more: services =>
    {
        services.AddMetrics();
        services.AddSingleton(new ServiceIdentity("parks"));
        services.AddPlatformMetrics<MessagingMetrics>();
        services.AddReceiveObserver<DeadLetterObserver>();
    });

    /// <summary>What this service's platform counters added (its own meter factory's, not another test's).</summary>
    private sealed class PlatformCounters : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _sums = new();

        public PlatformCounters(IMeterFactory factory)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TelemetryExtensions.PlatformSource && instrument.Meter.Scope == factory)
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
            _listener.Start();
        }

        public long this[string name] => _sums.GetValueOrDefault(name);

        public void Dispose() => _listener.Dispose();
    }
}
