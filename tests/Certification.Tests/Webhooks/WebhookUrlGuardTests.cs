using CarbonPlatform.Certification.Webhooks;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>The check a subscription's url meets when the body subscribes.</summary>
public sealed class WebhookUrlGuardTests
{
    private static WebhookUrlGuard Guard(bool insecure = false, bool privateNetworks = false) =>
        new(Options.Create(new WebhookOptions { AllowInsecureUrls = insecure, AllowPrivateNetworks = privateNetworks }));

    private static async Task<string?> CodeAsync(WebhookUrlGuard guard, string url) =>
        (await guard.RefusalAsync(new Uri(url), CancellationToken.None))?.Code;

    [Fact]
    public async Task An_https_url_of_a_public_address_is_accepted() =>
        Assert.Null(await CodeAsync(Guard(), "https://203.0.113.10/hooks/carbon"));

    [Fact]
    public async Task Plain_http_is_refused_unless_insecure_urls_are_allowed()
    {
        Assert.Equal("insecure-url", await CodeAsync(Guard(), "http://203.0.113.10/hooks"));
        Assert.Null(await CodeAsync(Guard(insecure: true), "http://203.0.113.10/hooks"));
    }

    [Theory]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://localhost:8443/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.20.30.40/hooks")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[::ffff:192.168.0.1]/hooks")]
    public async Task A_host_that_resolves_to_a_private_address_is_refused_unless_private_networks_are_allowed(string url)
    {
        Assert.Equal("private-address", await CodeAsync(Guard(), url));
        Assert.Null(await CodeAsync(Guard(privateNetworks: true), url));
    }

    [Theory]
    [InlineData("http://127.0.0.1:7070/hooks", null)]
    [InlineData("http://[::1]:7070/hooks", null)]
    [InlineData("http://127.0.0.1:7071/hooks", "private-address")]
    [InlineData("http://10.20.30.40:7070/hooks", "private-address")]
    [InlineData("http://169.254.169.254:7070/latest/meta-data/", "private-address")]
    public async Task A_local_run_reaches_loopback_only_on_the_ports_of_the_receivers_its_launcher_registered(string url, string? code)
    {
        var guard = new WebhookUrlGuard(Options.Create(new WebhookOptions { AllowInsecureUrls = true, LocalReceiverPorts = [7070] }));

        Assert.Equal(code, await CodeAsync(guard, url));
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_is_refused() =>
        Assert.Equal("unresolvable-host", await CodeAsync(Guard(), "https://receiver.invalid/hooks"));

    [Fact]
    public async Task Every_refusal_names_the_url_field()
    {
        var refusal = await Guard().RefusalAsync(new Uri("https://127.0.0.1/hooks"), CancellationToken.None);

        Assert.Equal("url", refusal?.Field);
        Assert.Contains("127.0.0.1", refusal?.Message);
    }
}
