using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

/// <summary>The relay (OutboxDispatcher) running as a hosted service over MassTransit's in-memory test harness.</summary>
public sealed class OutboxRelayTests
{
    private static readonly Guid Operator = Guid.NewGuid();
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static Task<ParkService> CreateServiceAsync() => ParkService.CreateAsync(services =>
    {
        services.AddSingleton<PublishLog>();
        services.AddPublishObserver(provider => provider.GetRequiredService<PublishLog>());
        services.AddMassTransitTestHarness();
        services.AddHostedService<OutboxDispatcher<ParkDb>>();
    });

    private static async Task<OutboxMessage> RegisterParkAsync(ParkService service, string code)
    {
        await using var db = service.OpenDb();
        var park = new Park { Id = Guid.NewGuid(), Code = code, RegionCode = "320571" };
        db.Parks.Add(park);
        var row = db.AddEvent(new ParkRegistered(park.Id, park.Code, park.RegionCode), Operator, TraceId);
        await db.SaveChangesAsync();
        return row;
    }

    private static Task<OutboxMessage> RowAsync(ParkService service, Guid id) =>
        service.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task A_stored_event_is_published_under_its_outbox_id_with_the_organisation_and_marked_sent()
    {
        await using var service = await CreateServiceAsync();
        var row = await RegisterParkAsync(service, "SZ-SIP");
        var log = service.Services.GetRequiredService<PublishLog>();

        await service.StartAsync();
        await Eventually.Until(async () => (await RowAsync(service, row.Id)).SentAt is not null, "the row is marked sent");

        var published = Assert.Single(log.Of(row.Id));
        var registered = Assert.IsType<ParkRegistered>(published.Message);
        Assert.Equal("SZ-SIP", registered.Code);
        Assert.Equal(Operator.ToString(), published.OrganizationId);
        Assert.Equal(TraceId, published.CorrelationHeader);
        Assert.Equal(Guid.ParseExact(TraceId, "N"), published.CorrelationId);
        var sent = await RowAsync(service, row.Id);
        Assert.Equal(0, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task An_event_marked_sent_is_not_published_again()
    {
        await using var service = await CreateServiceAsync();
        var log = service.Services.GetRequiredService<PublishLog>();
        await service.StartAsync();

        var first = await RegisterParkAsync(service, "SZ-SIP");
        await Eventually.Until(async () => (await RowAsync(service, first.Id)).SentAt is not null, "the first event is sent");
        var second = await RegisterParkAsync(service, "WX-HI");
        await Eventually.Until(async () => (await RowAsync(service, second.Id)).SentAt is not null, "the second event is sent");

        // The relay looked at the outbox again after the first was sent, and left it alone.
        Assert.Single(log.Of(first.Id));
        Assert.Single(log.Of(second.Id));
    }

    [Fact]
    public async Task Events_leave_in_the_order_they_were_stored()
    {
        await using var service = await CreateServiceAsync();
        var log = service.Services.GetRequiredService<PublishLog>();
        var stored = new List<Guid>();
        foreach (var code in new[] { "P-01", "P-02", "P-03", "P-04" }) stored.Add((await RegisterParkAsync(service, code)).Id);

        await service.StartAsync();
        await Eventually.Until(() => log.All.Count(p => p.Message is ParkRegistered) == 4, "all four events are published");

        Assert.Equal(stored, log.All.Where(p => p.Message is ParkRegistered).Select(p => p.MessageId!.Value));
    }
}
