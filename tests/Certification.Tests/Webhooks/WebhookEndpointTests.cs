using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Testing;
using CarbonPlatform.Certification.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.Certification.Tests.Webhooks;

public sealed class WebhookEndpointTests(WebhookHost host) : IClassFixture<WebhookHost>, IDisposable
{
    private readonly WireMockServer _receiver = StartReceiver();

    [Fact]
    public async Task Creating_returns_the_secret_once_and_every_event_by_default()
    {
        var body = host.As(CertificationCallers.Body(Guid.NewGuid()));
        var created = await body.SubscribeAsync($"{_receiver.Url}/hooks");

        Assert.StartsWith("whsec_", created.Secret);
        Assert.Equal(["*"], created.Body.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.True(created.Body.GetProperty("active").GetBoolean());
        var read = await (await body.GetAsync($"/api/v1/webhook-subscriptions/{created.Id}")).Content.ReadAsStringAsync();
        var listed = await (await body.GetAsync("/api/v1/webhook-subscriptions")).Content.ReadAsStringAsync();
        Assert.Contains(created.Id.ToString(), listed);
        Assert.DoesNotContain(created.Secret, read);
        Assert.DoesNotContain(created.Secret, listed);
    }

    [Fact]
    public async Task The_secret_is_kept_sealed_in_the_database_and_opens_only_to_what_the_body_was_given()
    {
        var created = await host.As(CertificationCallers.Body(Guid.NewGuid())).SubscribeAsync($"{_receiver.Url}/hooks");

        var stored = await host.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == created.Id).Select(s => s.Secret).SingleAsync());

        Assert.True(WebhookSecretBox.IsSealed(stored));
        Assert.DoesNotContain(created.Secret[6..], stored);
        Assert.Equal(created.Secret, host.Service.Services.GetRequiredService<WebhookSecretBox>().Open(created.Id, stored));
    }

    [Fact]
    public async Task A_secret_stored_before_secrets_were_sealed_is_sealed_at_start_up_and_still_signs()
    {
        var id = Guid.NewGuid();
        var plain = WebhookSignature.NewSecret();
        await host.WithDbAsync(async db =>
        {
            db.WebhookSubscriptions.Add(new WebhookSubscription
            {
                Id = id, CertificationBodyId = Guid.NewGuid(), Url = $"{_receiver.Url}/hooks", Secret = plain, Events = WebhookEvents.All,
                CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var box = host.Service.Services.GetRequiredService<WebhookSecretBox>();

        var sealedCount = await host.WithDbAsync(db => WebhookSecretUpgrade.SealPlainSecretsAsync(db, box, CancellationToken.None));

        Assert.True(sealedCount >= 1);
        var stored = await host.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == id).Select(s => s.Secret).SingleAsync());
        Assert.True(WebhookSecretBox.IsSealed(stored));
        Assert.Equal(plain, box.Open(id, stored));
        Assert.Equal(0, await host.WithDbAsync(db => WebhookSecretUpgrade.SealPlainSecretsAsync(db, box, CancellationToken.None)));
    }

    [Fact]
    public async Task Another_certification_body_can_neither_see_nor_deactivate_a_subscription()
    {
        var owner = host.As(CertificationCallers.Body(Guid.NewGuid()));
        var other = host.As(CertificationCallers.Body(Guid.NewGuid()));
        var created = await owner.SubscribeAsync($"{_receiver.Url}/hooks", WebhookEvents.ApplicationSubmitted);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/webhook-subscriptions/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/webhook-subscriptions/{created.Id}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/webhook-subscriptions")).GetProperty("items").EnumerateArray());
        var still = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/webhook-subscriptions/{created.Id}");
        Assert.True(still.GetProperty("active").GetBoolean());

        var admin = host.As(CertificationCallers.PlatformAdmin());
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/webhook-subscriptions?limit=1000")).GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == created.Id);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/webhook-subscriptions/{created.Id}")).StatusCode);
        var deactivated = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/webhook-subscriptions/{created.Id}");
        Assert.False(deactivated.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Deactivating_with_a_stale_etag_is_412_and_the_subscription_stays_active()
    {
        var body = host.As(CertificationCallers.Body(Guid.NewGuid()));
        var created = await body.SubscribeAsync($"{_receiver.Url}/hooks");
        var read = await body.GetAsync($"/api/v1/webhook-subscriptions/{created.Id}");
        var current = read.Headers.ETag!.Tag;

        using var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/webhook-subscriptions/{created.Id}");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"" + Guid.NewGuid().ToString("N") + "\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await body.SendAsync(stale)).StatusCode);
        Assert.True((await (await body.GetAsync($"/api/v1/webhook-subscriptions/{created.Id}")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("active").GetBoolean());

        using var fresh = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/webhook-subscriptions/{created.Id}");
        fresh.Headers.TryAddWithoutValidation("If-Match", current);
        Assert.Equal(HttpStatusCode.NoContent, (await body.SendAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task Deliveries_are_visible_to_their_certification_body_and_the_administrator_only()
    {
        var ownerId = Guid.NewGuid();
        var owner = host.As(CertificationCallers.Body(ownerId));
        var created = await owner.SubscribeAsync($"{_receiver.Url}/hooks");
        await host.EnqueueAsync(ownerId, WebhookEvents.ApplicationSubmitted, new { applicationId = Guid.NewGuid() });

        var delivery = await owner.SettledDeliveryAsync(created.Id);
        Assert.Equal(ownerId, delivery.GetProperty("certificationBodyId").GetGuid());
        Assert.Empty(await host.As(CertificationCallers.Body(Guid.NewGuid())).DeliveriesAsync());
        Assert.Empty(await host.As(CertificationCallers.Body(Guid.NewGuid())).DeliveriesAsync($"?subscriptionId={created.Id}"));
        Assert.Contains(await host.As(CertificationCallers.PlatformAdmin()).DeliveriesAsync(), d => d.GetProperty("id").GetGuid() == delivery.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Deactivating_ends_pending_deliveries_failed_instead_of_sending_them()
    {
        using var slow = WireMockServer.Start();
        slow.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(503).WithDelay(300));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var created = await body.SubscribeAsync($"{slow.Url}/hooks");
        await host.EnqueueAsync(bodyId, WebhookEvents.ParkLifecycleChanged, new { parkId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.NoContent, (await body.DeleteAsync($"/api/v1/webhook-subscriptions/{created.Id}")).StatusCode);
        var delivery = await body.SettledDeliveryAsync(created.Id);

        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        Assert.Contains("deactivated", delivery.GetProperty("lastError").GetString());
        Assert.True(delivery.GetProperty("attemptCount").GetInt32() <= 1, "at most the attempt already under way was made");
    }

    [Fact]
    public async Task Callers_other_than_a_certification_body_or_the_administrator_are_forbidden()
    {
        var operatorCaller = host.As(CertificationCallers.Operator(Guid.NewGuid()));
        var authority = host.As(CertificationCallers.Authority(Guid.NewGuid()));
        foreach (var caller in new[] { operatorCaller, authority })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = $"{_receiver.Url}/x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/api/v1/webhook-subscriptions")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.DeleteAsync($"/api/v1/webhook-subscriptions/{Guid.NewGuid()}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/api/v1/webhook-deliveries")).StatusCode);
        }
        // Only the body itself is handed the signing secret.
        var admin = host.As(CertificationCallers.PlatformAdmin());
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = $"{_receiver.Url}/x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Service.CreateClient().GetAsync("/api/v1/webhook-deliveries")).StatusCode);
    }

    [Theory]
    [InlineData(null, null, "url", "missing-field")]
    [InlineData("  ", null, "url", "missing-field")]
    [InlineData("/hooks/relative", null, "url", "invalid-url")]
    [InlineData("ftp://receiver.example/hooks", null, "url", "invalid-url")]
    [InlineData("https://user:pass@receiver.example/hooks", null, "url", "invalid-url")]
    [InlineData("https://receiver.example/hooks", "application.approved", "events", "unknown-event-type")]
    public async Task Bad_input_is_a_problem_naming_the_field(string? url, string? eventType, string field, string code)
    {
        var body = host.As(CertificationCallers.Body(Guid.NewGuid()));
        var response = await body.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url, events = eventType is null ? null : new[] { eventType } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_delivery_status_filter_is_a_problem()
    {
        var response = await host.As(CertificationCallers.Body(Guid.NewGuid())).GetAsync("/api/v1/webhook-deliveries?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("unknown-status", error.GetProperty("code").GetString());
    }

    private static WireMockServer StartReceiver()
    {
        var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        return receiver;
    }

    public void Dispose() => _receiver.Stop();
}
