using System.Text.Json;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Certification.Tests.Support;
using Microsoft.EntityFrameworkCore;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>Direct delivery (no Dapr sidecar) to receivers that WireMock plays on loopback.</summary>
public sealed class WebhookDeliveryTests(WebhookHost host) : IClassFixture<WebhookHost>
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Receiver_failing_twice_then_succeeding_gets_three_attempts_and_one_accepted_validly_signed_delivery()
    {
        using var receiver = WireMockServer.Start();
        var hook = Request.Create().WithPath("/hooks/carbon").UsingPost();
        receiver.Given(hook).InScenario("flaky").WillSetStateTo("failed once").RespondWith(Response.Create().WithStatusCode(500));
        receiver.Given(hook).InScenario("flaky").WhenStateIs("failed once").WillSetStateTo("failed twice").RespondWith(Response.Create().WithStatusCode(500));
        receiver.Given(hook).InScenario("flaky").WhenStateIs("failed twice").WillSetStateTo("accepted").RespondWith(Response.Create().WithStatusCode(200));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var subscription = await body.SubscribeAsync($"{receiver.Url}/hooks/carbon", WebhookEvents.ApplicationSubmitted);
        var applicationId = Guid.NewGuid();

        Assert.Equal(1, await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationSubmitted, new { applicationId }));
        var delivery = await body.SettledDeliveryAsync(subscription.Id);

        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attemptCount").GetInt32());
        Assert.Equal([500, 500, 200], delivery.AttemptStatusCodes());
        Assert.All(delivery.GetProperty("attempts").EnumerateArray(), a => Assert.Equal("direct", a.GetProperty("transport").GetString()));
        Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());

        var requests = receiver.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();
        Assert.Equal([500, 500, 200], requests.Select(r => r.Status() ?? 0));
        var accepted = Assert.Single(requests, r => r.Status() == 200);
        var raw = accepted.RawBody();
        Assert.True(WebhookSignature.Verify(subscription.Secret, accepted.Header(WebhookSignature.SignatureHeader), raw, DateTimeOffset.UtcNow, Tolerance),
            "the accepted request's signature must verify against the subscription secret over the exact body received");
        Assert.False(WebhookSignature.Verify("whsec_not-the-secret", accepted.Header(WebhookSignature.SignatureHeader), raw, DateTimeOffset.UtcNow, Tolerance));
        Assert.Equal(delivery.GetProperty("id").GetGuid().ToString(), accepted.Header(WebhookSignature.DeliveryHeader));
        Assert.Equal(WebhookEvents.ApplicationSubmitted, accepted.Header(WebhookSignature.EventHeader));
        Assert.All(requests, r => Assert.Equal(raw, r.RawBody()));

        var envelope = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(WebhookEvents.ApplicationSubmitted, envelope.GetProperty("type").GetString());
        Assert.Equal(applicationId, envelope.GetProperty("data").GetProperty("applicationId").GetGuid());
        Assert.NotEqual(Guid.Empty, envelope.GetProperty("id").GetGuid());
        Assert.True(envelope.TryGetProperty("occurredAt", out _));

        await Task.Delay(TimeSpan.FromMilliseconds(400)); // several polls: a delivered event is never sent again
        Assert.Equal(3, receiver.LogEntries.Count());
    }

    [Fact]
    public async Task A_secret_sealed_under_another_key_fails_its_delivery_at_once_and_sends_nothing()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var subscription = await body.SubscribeAsync($"{receiver.Url}/hooks/carbon", WebhookEvents.ApplicationSubmitted);
        var foreignKey = new WebhookSecretBox(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await host.WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == subscription.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Secret, foreignKey.Seal(subscription.Id, subscription.Secret))));

        Assert.Equal(1, await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationSubmitted, new { applicationId = Guid.NewGuid() }));
        var delivery = await body.SettledDeliveryAsync(subscription.Id);

        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        Assert.Contains("secret", delivery.GetProperty("lastError").GetString());
        Assert.Empty(receiver.LogEntries);
    }

    [Fact]
    public async Task Receiver_that_always_fails_leaves_the_delivery_failed_after_max_attempts_with_every_attempt_logged()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var subscription = await body.SubscribeAsync($"{receiver.Url}/down");

        await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationResubmitted, new { applicationId = Guid.NewGuid() });
        var delivery = await body.SettledDeliveryAsync(subscription.Id);

        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        Assert.Equal(CertificationService.MaxAttempts, delivery.GetProperty("attemptCount").GetInt32());
        Assert.Equal(Enumerable.Repeat(503, CertificationService.MaxAttempts), delivery.AttemptStatusCodes());
        Assert.Equal(Enumerable.Range(1, CertificationService.MaxAttempts),
            delivery.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("number").GetInt32()));
        Assert.All(delivery.GetProperty("attempts").EnumerateArray(), a => Assert.Contains("503", a.GetProperty("error").GetString()));
        Assert.Contains("503", delivery.GetProperty("lastError").GetString());
        Assert.Single(await body.DeliveriesAsync("?status=failed"), d => d.GetProperty("subscriptionId").GetGuid() == subscription.Id);

        await Task.Delay(TimeSpan.FromMilliseconds(400)); // a failed delivery is kept, and not retried
        Assert.Equal(CertificationService.MaxAttempts, receiver.LogEntries.Count());
    }

    [Fact]
    public async Task Unreachable_receiver_is_retried_and_the_network_error_is_logged()
    {
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var subscription = await body.SubscribeAsync("http://127.0.0.1:9/closed-port");

        await host.EnqueueAsync(bodyId, WebhookEvents.ParkLifecycleChanged, new { parkId = Guid.NewGuid(), lifecycle = "closed" });
        var delivery = await body.SettledDeliveryAsync(subscription.Id);

        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal(CertificationService.MaxAttempts, attempts.Count);
        Assert.All(attempts, a =>
        {
            Assert.Equal(JsonValueKind.Null, a.GetProperty("statusCode").ValueKind);
            Assert.False(string.IsNullOrEmpty(a.GetProperty("error").GetString()));
        });
    }

    [Fact]
    public async Task Enqueue_adds_one_delivery_per_active_subscription_of_the_body_that_wants_the_event()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(204));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var submitted = await body.SubscribeAsync($"{receiver.Url}/submitted", WebhookEvents.ApplicationSubmitted);
        var everything = await body.SubscribeAsync($"{receiver.Url}/all");
        var resubmitted = await body.SubscribeAsync($"{receiver.Url}/resubmitted", WebhookEvents.ApplicationResubmitted);
        var deactivated = await body.SubscribeAsync($"{receiver.Url}/deactivated", WebhookEvents.ApplicationSubmitted);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await body.DeleteAsync($"/api/v1/webhook-subscriptions/{deactivated.Id}")).StatusCode);
        var otherBody = Guid.NewGuid();
        var other = await host.As(CertificationCallers.Body(otherBody)).SubscribeAsync($"{receiver.Url}/other");

        Assert.Equal(2, await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationSubmitted, new { applicationId = Guid.NewGuid() }));

        var deliveries = await host.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.CertificationBodyId == bodyId).ToListAsync());
        Assert.Equal(new[] { submitted.Id, everything.Id }.Order(), deliveries.Select(d => d.SubscriptionId).Order());
        Assert.Single(deliveries.Select(d => d.Payload).Distinct());
        Assert.All(deliveries, d => Assert.Equal(WebhookEvents.ApplicationSubmitted, d.EventType));

        Assert.Equal(1, await host.EnqueueAsync(otherBody, WebhookEvents.ApplicationSubmitted, new { }));
        Assert.Equal(0, await host.EnqueueAsync(Guid.NewGuid(), WebhookEvents.ApplicationSubmitted, new { }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.EnqueueAsync(bodyId, "application.approved", new { }));
        Assert.Single(await host.As(CertificationCallers.Body(otherBody)).DeliveriesAsync(), d => d.GetProperty("subscriptionId").GetGuid() == other.Id);
    }
}
