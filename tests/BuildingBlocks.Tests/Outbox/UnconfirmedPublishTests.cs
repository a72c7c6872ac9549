using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

/// <summary>When the broker does not confirm, the relay keeps the event and backs off; nothing is dropped.</summary>
public sealed class UnconfirmedPublishTests
{
    private static async Task<(ParkService Service, UnconfirmedBus Broker)> CreateServiceAsync()
    {
        var (bus, probe) = UnconfirmedBus.Create();
        var service = await ParkService.CreateAsync(services =>
        {
            services.AddSingleton(bus);
            services.AddHostedService<OutboxDispatcher<ParkDb>>();
        });
        return (service, probe);
    }

    private static async Task<OutboxMessage> StoreEventAsync(ParkService service, int previousAttempts = 0, DateTime? createdAt = null)
    {
        await using var db = service.OpenDb();
        var row = db.AddEvent(new ParkRegistered(Guid.NewGuid(), "SZ-SIP", "320571"), Guid.NewGuid());
        row.Attempts = previousAttempts;
        if (createdAt is { } at) row.CreatedAt = at;
        await db.SaveChangesAsync();
        return row;
    }

    private static Task<OutboxMessage> RowAsync(ParkService service, Guid id) =>
        service.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task An_unconfirmed_event_stays_unsent_counts_the_attempt_and_is_retried_later()
    {
        var (service, broker) = await CreateServiceAsync();
        await using var _ = service;
        var row = await StoreEventAsync(service);

        var before = DateTime.UtcNow;
        await service.StartAsync();
        await Eventually.Until(async () => (await RowAsync(service, row.Id)).Attempts > 0, "the failed attempt is recorded");

        var failed = await RowAsync(service, row.Id);
        Assert.True(broker.Calls > 0);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(UnconfirmedBus.Error, failed.LastError);
        Assert.True(failed.NextAttemptAt >= before.AddSeconds(2), $"next attempt {failed.NextAttemptAt:O} is not 2 s after {before:O}");
    }

    // The relay means to "keep the order" after a failure, but its next pass skips the backed-off head row (the query
    // takes only rows already due) and starts at once, woken by its own SaveChanges. See the test project's report.
    [Fact]
    public async Task Later_events_wait_behind_an_unconfirmed_one()
    {
        var (service, _) = await CreateServiceAsync();
        await using var __ = service;
        var now = DateTime.UtcNow;
        var first = await StoreEventAsync(service, createdAt: now.AddMilliseconds(-2));
        var second = await StoreEventAsync(service, createdAt: now.AddMilliseconds(-1));

        await service.StartAsync();
        await Eventually.Until(async () => (await RowAsync(service, first.Id)).Attempts > 0, "the first event's attempt is recorded");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the relay's next poll, well before the first's 2 s backoff ends

        var waiting = await RowAsync(service, second.Id);
        Assert.Equal((0, null, null), (waiting.Attempts, waiting.LastError, waiting.SentAt));
    }

    // Backoff after the n-th failed attempt: 2^n seconds, at most 60 (reached at the 6th).
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 4)]
    [InlineData(3, 16)]
    [InlineData(4, 32)]
    [InlineData(5, 60)]
    [InlineData(40, 60)]
    public async Task The_wait_before_the_next_attempt_grows_with_each_failure_and_is_capped_at_a_minute(int previousAttempts, int expectedSeconds)
    {
        var (service, _) = await CreateServiceAsync();
        await using var __ = service;
        var row = await StoreEventAsync(service, previousAttempts);

        var before = DateTime.UtcNow;
        await service.StartAsync();
        await Eventually.Until(async () => (await RowAsync(service, row.Id)).Attempts > previousAttempts, "the failed attempt is recorded");
        var after = DateTime.UtcNow;

        var failed = await RowAsync(service, row.Id);
        Assert.Equal(previousAttempts + 1, failed.Attempts);
        Assert.InRange(failed.NextAttemptAt, before.AddSeconds(expectedSeconds), after.AddSeconds(expectedSeconds));
    }
}
