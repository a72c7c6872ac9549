using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Inbox;

public sealed class FailedHandlerTests
{
    private readonly Guid _park = Guid.NewGuid();

    [Fact]
    public async Task A_handler_that_throws_leaves_neither_its_change_nor_an_inbox_record()
    {
        await using var service = await InboxService.StartAsync(_park);
        service.Services.GetRequiredService<MeterGateway>().TimeOutNext();
        var messageId = Guid.NewGuid();

        await service.Deliver(new MeterReadingRecorded(_park, 42m), messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Count == 1, "the delivery is consumed");

        Assert.IsType<TimeoutException>(Assert.Single(service.Deliveries(messageId)).Exception);
        Assert.Equal(0, (await service.TallyAsync(_park)).Readings);
        Assert.False(await service.QueryAsync(db => db.Inbox.AnyAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task A_redelivery_after_a_failed_handling_is_handled()
    {
        await using var service = await InboxService.StartAsync(_park);
        service.Services.GetRequiredService<MeterGateway>().TimeOutNext();
        var messageId = Guid.NewGuid();
        var reading = new MeterReadingRecorded(_park, 42m);

        await service.Deliver(reading, messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Count == 1, "the failed delivery is consumed");
        await service.Deliver(reading, messageId);
        await Eventually.Until(() => service.Deliveries(messageId).Count == 2, "the redelivery is consumed");

        var deliveries = service.Deliveries(messageId);
        Assert.Single(deliveries, d => d.Exception is null);
        Assert.Equal(1, (await service.TallyAsync(_park)).Readings);
        Assert.True(await service.QueryAsync(db => db.Inbox.AnyAsync(m => m.MessageId == messageId)));
    }
}
