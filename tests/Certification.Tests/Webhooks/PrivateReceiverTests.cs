using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Testing;
using CarbonPlatform.Certification.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>The service as deployed: receivers on private networks are refused, when subscribing and when delivering.</summary>
public sealed class PrivateReceiverTests(PrivateReceiverTests.GuardedHost host) : IClassFixture<PrivateReceiverTests.GuardedHost>
{
    /// <summary>Private networks refused; plain http still allowed, so a delivery reaches the address check at all.</summary>
    public sealed class GuardedHost() : WebhookHost(new Dictionary<string, string> { ["Webhooks:AllowPrivateNetworks"] = "false" });

    [Theory]
    [InlineData("http://127.0.0.1:9/hostile")]
    [InlineData("https://169.254.169.254/latest/meta-data/iam/")]
    [InlineData("https://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("https://192.168.10.5/hooks")]
    public async Task A_body_cannot_subscribe_a_url_on_a_private_network(string url)
    {
        var body = host.As(CertificationCallers.Body(Guid.NewGuid()));

        var response = await body.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("url", error.GetProperty("field").GetString());
        Assert.Equal("private-address", error.GetProperty("code").GetString());
        Assert.Empty((await body.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/webhook-subscriptions")).GetProperty("items").EnumerateArray());
    }

    /// <summary>A name that resolved to a public address when subscribed and to loopback now (DNS rebinding) is not reached.</summary>
    [Fact]
    public async Task A_delivery_to_a_url_that_now_leads_to_a_private_address_fails_without_reaching_it()
    {
        using var receiver = WireMockServer.Start();
        receiver.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        var bodyId = Guid.NewGuid();
        var body = host.As(CertificationCallers.Body(bodyId));
        var subscriptionId = Guid.NewGuid();
        // Stored as if accepted earlier: the API would refuse this url today.
        await host.WithDbAsync(async db =>
        {
            db.WebhookSubscriptions.Add(new WebhookSubscription
            {
                Id = subscriptionId, CertificationBodyId = bodyId, Url = $"{receiver.Url}/hooks", Secret = WebhookSignature.NewSecret(),
                Events = WebhookEvents.All, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, await host.EnqueueAsync(bodyId, WebhookEvents.ApplicationSubmitted, new { applicationId = Guid.NewGuid() }));
        var delivery = await body.SettledDeliveryAsync(subscriptionId);

        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        Assert.Contains("may not reach", delivery.GetProperty("lastError").GetString());
        Assert.Empty(receiver.LogEntries);
    }
}
