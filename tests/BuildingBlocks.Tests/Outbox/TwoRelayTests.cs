using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

/// <summary>Two replicas relaying one outbox (two hosts on one database file), each publishing through its own bus.</summary>
public sealed class TwoRelayTests
{
    private static Task<ParkService> ReplicaAsync(PublishLog log, string? file = null) => ParkService.CreateAsync(services =>
    {
        services.AddSingleton(log);
        services.AddPublishObserver(provider => provider.GetRequiredService<PublishLog>());
        services.AddMassTransitTestHarness();
        services.AddHostedService<OutboxDispatcher<ParkDb>>();
    }, file);

    private static async Task<Dictionary<Guid, Guid>> StoreReadingsAsync(ParkService service, Guid[] parks, int perPark)
    {
        var parkOf = new Dictionary<Guid, Guid>();
        var started = DateTime.UtcNow;
        for (var i = 0; i < perPark; i++)
        {
            await using var db = service.OpenDb();
            foreach (var park in parks)
            {
                var row = db.AddEvent(new MeterReadingRecorded(park, i), park);
                row.CreatedAt = row.NextAttemptAt = started.AddMilliseconds(i); // a strict order per park
                parkOf[row.Id] = park;
            }
            await db.SaveChangesAsync();
        }
        return parkOf;
    }

    [Fact]
    public async Task Two_relays_publish_each_event_once_and_keep_each_park_s_order()
    {
        var log = new PublishLog { Delay = TimeSpan.FromMilliseconds(3) };
        await using var first = await ReplicaAsync(log);
        await using var second = await ReplicaAsync(log, first.File);
        var parks = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var stored = await StoreReadingsAsync(first, parks, perPark: 60);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await Eventually.Until(() => first.QueryAsync(db => db.Outbox.AllAsync(m => m.SentAt != null)), "every row is marked sent", 60_000);
        await Task.Delay(300); // a duplicate would be published before its row is marked sent; give stragglers a moment

        var published = log.All.Where(p => p.Message is MeterReadingRecorded).ToList();
        Assert.Equal(stored.Count, published.Count);
        Assert.Equal(stored.Keys.Order(), published.Select(p => p.MessageId!.Value).Order());
        foreach (var park in parks)
        {
            var readings = published.Select(p => (MeterReadingRecorded)p.Message).Where(m => m.ParkId == park).Select(m => m.Kwh).ToList();
            Assert.Equal(readings.Order(), readings);
        }
        var leased = await first.QueryAsync(db => db.Outbox.CountAsync(m => m.LeaseOwner != null));
        Assert.Equal(0, leased);
    }

    [Fact]
    public async Task A_row_leased_by_another_relay_is_left_alone_until_its_lease_runs_out()
    {
        var log = new PublishLog();
        await using var service = await ReplicaAsync(log);
        var park = Guid.NewGuid();
        var stored = await StoreReadingsAsync(service, [park], perPark: 2);
        var (older, newer) = (stored.Keys.First(), stored.Keys.Last());
        await using (var db = service.OpenDb())
            await db.Outbox.Where(m => m.Id == older).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LeaseOwner, Guid.NewGuid()).SetProperty(m => m.LeasedUntil, DateTime.UtcNow.AddSeconds(2)));

        await service.StartAsync();
        await Task.Delay(1200);
        Assert.Empty(log.All); // neither the leased row nor the newer row of the same park, which must not overtake it

        await Eventually.Until(() => log.All.Count == 2, "both are published once the lease has run out");
        Assert.Equal([older, newer], log.All.Select(p => p.MessageId!.Value));
    }
}
