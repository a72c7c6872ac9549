using System.Diagnostics;
using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Item 8 of the outside probe: revocation reaches the services within seconds. A token that worked is refused by
/// the park registry (not the identity service, which revoked it) soon after its client is revoked, its person
/// disabled or its sign-in session ended — long before it expires (15 minutes).
/// </summary>
[Collection(SecurityPlatformCollection.Name)]
public sealed class RevocationTests(SecurityPlatformFixture security)
{
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(10);
    private PlatformFixture Platform => security.Platform;

    [Fact]
    public async Task A_revoked_clients_token_is_refused_by_the_services_within_seconds()
    {
        using var admin = await Platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", $"Revoked client {Guid.NewGuid():N}");
        using var client = await Platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        await client.GetJsonAsync("/api/v1/parks");

        using var revoked = await admin.DeleteAsync($"/api/v1/organizations/{tenant.OrganizationId}/api-clients/{tenant.ClientId}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        await RefusedWithinSecondsAsync(client);
    }

    [Fact]
    public async Task A_disabled_persons_token_is_refused_by_the_services_within_seconds()
    {
        using var admin = await Platform.AdminAsync();
        var (orgId, userName, password) = await PersonAsync(admin);
        using var browser = new PersonSignIn(Platform);
        var tokens = await browser.SignInAsync(userName, password);
        using var person = browser.Bearer(tokens.AccessToken);
        await person.GetJsonAsync("/api/v1/parks");
        var personId = (await admin.GetJsonAsync($"/api/v1/organizations/{orgId}/people")).GetProperty("items").EnumerateArray().Single().Str("id");

        await admin.PostAsync($"/api/v1/organizations/{orgId}/people/{personId}/disable", new { }, HttpStatusCode.OK);

        await RefusedWithinSecondsAsync(person);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.RefreshAsync(tokens.RefreshToken)).Status);
    }

    [Fact]
    public async Task Signing_out_ends_that_sessions_tokens_within_seconds_and_leaves_the_persons_other_session_alone()
    {
        using var admin = await Platform.AdminAsync();
        var (_, userName, password) = await PersonAsync(admin);
        using var laptop = new PersonSignIn(Platform);
        using var phone = new PersonSignIn(Platform);
        var signedOut = await laptop.SignInAsync(userName, password);
        var other = await phone.SignInAsync(userName, password);
        using var signedOutCalls = laptop.Bearer(signedOut.AccessToken);
        using var otherCalls = phone.Bearer(other.AccessToken);
        await signedOutCalls.GetJsonAsync("/api/v1/parks");

        await laptop.SignOutAsync(signedOut.IdToken);

        await RefusedWithinSecondsAsync(signedOutCalls);
        var refresh = await laptop.RefreshAsync(signedOut.RefreshToken);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (refresh.Status, refresh.Body.Str("error")));
        await otherCalls.GetJsonAsync("/api/v1/parks");
        Assert.Equal(HttpStatusCode.OK, (await phone.RefreshAsync(other.RefreshToken)).Status);
    }

    [Fact]
    public async Task Only_platform_services_read_the_revocation_list_at_the_identity_service_and_the_gateway_does_not_route_it()
    {
        using var admin = await Platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", $"Listed revocation {Guid.NewGuid():N}");
        (await admin.DeleteAsync($"/api/v1/organizations/{tenant.OrganizationId}/api-clients/{tenant.ClientId}")).Dispose();
        var identity = Platform.ServiceUrl("identity");
        var feed = "/internal/v1/revocations";
        var serviceToken = await Platform.TokenAsync("service-accounting", Platform.Platform.Options.ServiceClientSecrets["accounting"], "identity");
        var adminToken = await Platform.TokenAsync("local-admin", "local-admin-secret", "identity");

        using var service = new HttpClient { BaseAddress = Platform.Gateway.BaseAddress };
        service.DefaultRequestHeaders.Authorization = new("Bearer", serviceToken);
        using var direct = new HttpClient { BaseAddress = new Uri(identity) };
        using var asService = new HttpClient { BaseAddress = new Uri(identity) };
        asService.DefaultRequestHeaders.Authorization = new("Bearer", serviceToken);
        using var asAdmin = new HttpClient { BaseAddress = new Uri(identity) };
        asAdmin.DefaultRequestHeaders.Authorization = new("Bearer", adminToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await direct.GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asAdmin.GetAsync(feed)).StatusCode);
        var list = await asService.GetJsonAsync(feed);
        Assert.Contains(list.GetProperty("revocations").EnumerateArray(), r => r.Str("kind") == "client" && r.Str("value") == tenant.ClientId);
        using var viaGateway = await service.GetAsync(feed);
        Assert.DoesNotContain(tenant.ClientId, await viaGateway.Content.ReadAsStringAsync());
    }

    private static async Task<(string OrgId, string UserName, string Password)> PersonAsync(HttpClient admin)
    {
        var orgId = (await admin.PostAsync("/api/v1/organizations", new { name = $"Revocations {Guid.NewGuid():N}", kind = "park-operator" })).Str("id");
        var userName = $"revoked-{Guid.NewGuid():N}@park.test";
        var created = await admin.PostAsync($"/api/v1/organizations/{orgId}/people",
            new { userName, displayName = "王芳", roles = new[] { "operator-viewer" } });
        return (orgId, userName, created.Str("password"));
    }

    private static async Task RefusedWithinSecondsAsync(HttpClient caller)
    {
        var clock = Stopwatch.StartNew();
        await caller.EventuallyStatusAsync("/api/v1/parks", HttpStatusCode.Unauthorized, WithinSeconds);
        Assert.True(clock.Elapsed < WithinSeconds, $"refused after {clock.Elapsed}");
    }
}
