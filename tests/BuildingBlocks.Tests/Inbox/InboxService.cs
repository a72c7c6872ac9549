using CarbonPlatform.BuildingBlocks.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Inbox;

/// <summary>A park service whose reading consumers run on MassTransit's in-memory test harness.</summary>
public static class InboxService
{
    public static async Task<ParkService> StartAsync(Guid parkId, bool auditToo = false, int immediateRetries = 0, Action<IServiceCollection>? more = null)
    {
        var service = await ParkService.CreateAsync(services =>
        {
            more?.Invoke(services);
            services.AddSingleton<MeterGateway>();
            services.AddSingleton<DeliveryLog>();
            services.AddConsumeObserver(provider => provider.GetRequiredService<DeliveryLog>());
            services.AddMassTransitTestHarness(x =>
            {
                x.AddConsumer<ReadingTallyConsumer>();
                if (auditToo) x.AddConsumer<ReadingAuditConsumer>();
                if (immediateRetries > 0)
                    x.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(r => r.Immediate(immediateRetries)));
            });
        });
        await using (var db = service.OpenDb())
        {
            db.Tallies.Add(new ReadingTally { ParkId = parkId });
            await db.SaveChangesAsync();
        }
        await service.StartAsync();
        return service;
    }

    public static Task Deliver(this ParkService service, MeterReadingRecorded reading, Guid messageId) =>
        service.Harness.Bus.Publish(reading, context => context.MessageId = messageId);

    /// <summary>The deliveries of <paramref name="messageId"/> consumers have finished, successfully or not.</summary>
    public static IReadOnlyList<Delivery> Deliveries(this ParkService service, Guid messageId) =>
        service.Services.GetRequiredService<DeliveryLog>().Of(messageId);

    public static Task<ReadingTally> TallyAsync(this ParkService service, Guid parkId) =>
        service.QueryAsync(db => db.Tallies.AsNoTracking().SingleAsync(t => t.ParkId == parkId));
}
