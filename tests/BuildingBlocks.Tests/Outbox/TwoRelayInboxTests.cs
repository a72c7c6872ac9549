using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Inbox;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

/// <summary>
/// Two replicas, each with its relay and its consumer, over one database (#15): before the relay's lease both replicas
/// published every row, so every event was consumed twice and one of the two failed on the inbox key and was retried.
/// </summary>
public sealed class TwoRelayInboxTests
{
    private static Task<ParkService> ReplicaAsync(DeliveryLog deliveries, string? file = null) => ParkService.CreateAsync(services =>
    {
        services.AddSingleton<MeterGateway>();
        services.AddSingleton(deliveries);
        services.AddConsumeObserver(provider => provider.GetRequiredService<DeliveryLog>());
        services.AddMassTransitTestHarness(x => x.AddConsumer<ReadingTallyConsumer>());
        services.AddHostedService<OutboxDispatcher<ParkDb>>();
    }, file);

    [Fact]
    public async Task Each_event_is_consumed_once_with_one_inbox_row_and_no_delivery_fails_on_a_duplicate_key()
    {
        var deliveries = new DeliveryLog();
        await using var first = await ReplicaAsync(deliveries);
        await using var second = await ReplicaAsync(deliveries, first.File);
        var parks = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var events = new List<Guid>();
        await using (var db = first.OpenDb())
        {
            foreach (var park in parks) db.Tallies.Add(new ReadingTally { ParkId = park });
            for (var i = 0; i < 40; i++)
                foreach (var park in parks) events.Add(db.AddEvent(new MeterReadingRecorded(park, i), park).Id);
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var consumer = typeof(ReadingTallyConsumer).FullName!;
        await Eventually.Until(async () => await first.QueryAsync(db => db.Inbox.CountAsync(m => m.Consumer == consumer)) >= events.Count,
            "every event reaches the inbox", 180_000);
        await Task.Delay(500); // a second publication of a row would be consumed within this

        var inbox = await first.QueryAsync(db => db.Inbox.Where(m => m.Consumer == consumer).Select(m => m.MessageId).ToListAsync());
        Assert.Equal(events.Order(), inbox.Order());
        foreach (var id in events)
        {
            var handled = deliveries.Of(id);
            Assert.True(handled.Count == 1 && handled[0].Exception is null,
                $"{id}: {handled.Count} deliveries, faults: {string.Join("; ", handled.Select(d => d.Exception?.GetType().Name))}");
        }
        var tallies = await first.QueryAsync(db => db.Tallies.Select(t => t.Readings).ToListAsync());
        Assert.All(tallies, readings => Assert.Equal(40, readings));
    }
}
