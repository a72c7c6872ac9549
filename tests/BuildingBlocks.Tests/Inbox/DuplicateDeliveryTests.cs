using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.Inbox;

public sealed class DuplicateDeliveryTests
{
    private readonly Guid _park = Guid.NewGuid();

    [Fact]
    public async Task A_reading_delivered_twice_with_the_same_message_id_is_counted_once()
    {
        await using var service = await InboxService.StartAsync(_park);
        var messageId = Guid.NewGuid();
        var reading = new MeterReadingRecorded(_park, 120.5m);

        await service.Deliver(reading, messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Count == 1, "the first delivery is consumed");
        await service.Deliver(reading, messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Count == 2, "the redelivery is consumed");

        Assert.All(service.Deliveries(messageId), d => Assert.Null(d.Exception));
        Assert.Equal(1, (await service.TallyAsync(_park)).Readings);
        Assert.Equal(1, await service.QueryAsync(db => db.Inbox.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task Two_readings_with_different_message_ids_are_both_counted()
    {
        await using var service = await InboxService.StartAsync(_park);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        await service.Deliver(new MeterReadingRecorded(_park, 10m), first);
        await service.Deliver(new MeterReadingRecorded(_park, 10m), second);
        await Eventually.Until(() => service.Deliveries(first).Count == 1 && service.Deliveries(second).Count == 1, "both are consumed");

        Assert.All(service.Deliveries(first).Concat(service.Deliveries(second)), d => Assert.Null(d.Exception));
        Assert.Equal(2, (await service.TallyAsync(_park)).Readings);
    }

    [Fact]
    public async Task Duplicates_delivered_concurrently_are_counted_once_when_the_loser_is_retried()
    {
        await using var service = await InboxService.StartAsync(_park, immediateRetries: 5);
        var messageId = Guid.NewGuid();
        var reading = new MeterReadingRecorded(_park, 7m);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => service.Deliver(reading, messageId)));
        // A loser may fail on the inbox key first; its retry then finds the record and completes.
        await Eventually.Until(() => service.Deliveries(messageId).Count(d => d.Exception is null) == 4, "all four deliveries complete");
        Assert.Equal(1, (await service.TallyAsync(_park)).Readings);
    }

    [Fact]
    public async Task Each_consumer_of_the_same_message_handles_it_once()
    {
        await using var service = await InboxService.StartAsync(_park, auditToo: true);
        var messageId = Guid.NewGuid();
        var reading = new MeterReadingRecorded(_park, 3m);

        await service.Deliver(reading, messageId);
        await service.Deliver(reading, messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Count == 4, "both consumers received both deliveries");

        Assert.Equal([2, 2], service.Deliveries(messageId).GroupBy(d => d.Endpoint).Select(g => g.Count()));

        var tally = await service.TallyAsync(_park);
        Assert.Equal((1, 1), (tally.Readings, tally.Audits));
        Assert.Equal(2, await service.QueryAsync(db => db.Inbox.CountAsync(m => m.MessageId == messageId)));
    }
}
