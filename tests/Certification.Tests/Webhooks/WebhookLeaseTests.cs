using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Certification.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>Several replicas share one database: an attempt is claimed before it is sent, by one of them only.</summary>
public sealed class WebhookLeaseTests(WebhookHost host) : IClassFixture<WebhookHost>, IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(40);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carbon-webhook-lease-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Two_dispatchers_claiming_the_same_due_attempt_get_one_lease_between_them()
    {
        var deliveryId = await SeedDueDeliveryAsync();
        var now = DateTime.UtcNow;
        await using var first = Open();
        await using var second = Open();

        var leases = await Task.WhenAll(
            DeliveryLease.TryClaimAsync(first, deliveryId, now, Lease, CancellationToken.None),
            DeliveryLease.TryClaimAsync(second, deliveryId, now, Lease, CancellationToken.None));

        Assert.Single(leases, l => l is not null);
        await using var check = Open();
        var delivery = await check.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId);
        Assert.Equal(leases.Single(l => l is not null), delivery.LeaseId);
        Assert.True(delivery.NextAttemptAt > now, "a claimed attempt is no longer due for anyone else");
        Assert.Null(await DeliveryLease.TryClaimAsync(check, deliveryId, now.AddSeconds(1), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task A_dispatcher_whose_lease_ran_out_cannot_overwrite_the_one_that_took_over()
    {
        var deliveryId = await SeedDueDeliveryAsync();
        var now = DateTime.UtcNow;
        await using var stale = Open();
        Assert.NotNull(await DeliveryLease.TryClaimAsync(stale, deliveryId, now, Lease, CancellationToken.None));
        var held = await stale.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId);

        await using var successor = Open();
        Assert.NotNull(await DeliveryLease.TryClaimAsync(successor, deliveryId, now + Lease + TimeSpan.FromSeconds(1), Lease, CancellationToken.None));

        held.Status = WebhookDeliveryStatus.Delivered;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    [Fact]
    public async Task Competing_deliverers_send_a_delivery_once()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithDelay(200));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var subscription = await body.SubscribeAsync($"{receiver.Url}/once");
        await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationSubmitted, new { applicationId = Guid.NewGuid() });
        var deliveryId = await host.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.SubscriptionId == subscription.Id).Select(d => d.Id).SingleAsync());

        // Eight deliverers race the service's own dispatcher for the same attempt.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = host.Service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WebhookDeliverer>().AttemptAsync(deliveryId, CancellationToken.None);
        })));

        var delivery = await body.SettledDeliveryAsync(subscription.Id);
        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(1, delivery.GetProperty("attemptCount").GetInt32());
        Assert.Single(receiver.LogEntries);
        Assert.True(attempts.Count(a => a) <= 1);
    }

    private CertificationDb Open() =>
        new(new DbContextOptionsBuilder<CertificationDb>().UseSqlite($"Data Source={_file};Default Timeout=30").Options);

    private async Task<Guid> SeedDueDeliveryAsync()
    {
        await using var db = Open();
        await db.Database.EnsureCreatedAsync();
        var now = DateTime.UtcNow.AddSeconds(-1);
        var subscription = new WebhookSubscription
        {
            Id = Guid.NewGuid(), CertificationBodyId = Guid.NewGuid(), Url = "http://127.0.0.1:9/unused",
            Secret = WebhookSignature.NewSecret(), Events = WebhookEvents.All, CreatedAt = now,
        };
        var delivery = new WebhookDelivery
        {
            Id = Guid.NewGuid(), SubscriptionId = subscription.Id, CertificationBodyId = subscription.CertificationBodyId,
            EventType = WebhookEvents.ApplicationSubmitted, Payload = "{}", CreatedAt = now, NextAttemptAt = now,
        };
        db.AddRange(subscription, delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
