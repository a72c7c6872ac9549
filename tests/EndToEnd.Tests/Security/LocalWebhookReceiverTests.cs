using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.Launcher;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Item 9 of the outside probe: a local run is no port scanner for a certification body. Its webhooks may reach
/// loopback only on the ports of the receivers the launcher registered — not the platform's own ports, not
/// link-local (cloud metadata), not a private network even on a registered port.
/// </summary>
[Collection(SecurityPlatformCollection.Name)]
public sealed class LocalWebhookReceiverTests(SecurityPlatformFixture security)
{
    private PlatformFixture Platform => security.Platform;

    [Fact]
    public async Task A_local_runs_webhooks_reach_loopback_only_on_the_ports_of_receivers_its_launcher_registered()
    {
        using var admin = await Platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "certification-body", $"Receivers {Guid.NewGuid():N}");
        using var body = await Platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var registered = Platform.WebhookReceiverPorts[1];
        var identityPort = Platform.Platform.Options.HttpPort(PlatformTopology.Services.Single(s => s.Name == "identity"));

        await body.PostAsync("/api/v1/webhook-subscriptions", new { url = $"http://127.0.0.1:{registered}/hooks", events = new[] { "*" } });
        foreach (var url in new[]
                 {
                     $"http://127.0.0.1:{identityPort}/internal/v1/revocations", $"http://127.0.0.1:{Platform.Platform.Options.GatewayPort}/",
                     "http://169.254.169.254/latest/meta-data/", $"http://10.0.0.1:{registered}/hooks",
                 })
        {
            using var refused = await body.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url, events = new[] { "*" } });
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)refused.StatusCode}");
            var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
            Assert.Equal(("url", "private-address"), (error.Str("field"), error.Str("code")));
        }
    }
}
