using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

/// <summary>An organisation's API clients listed and revoked by its administrator.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class ApiClientManagementTests(Platform platform)
{
    [Fact]
    public async Task Organisation_admin_lists_only_its_own_api_clients_and_never_their_secrets()
    {
        var registry = platform.RegistryAs(Callers.PlatformAdmin());
        var orgId = await registry.RegisterOrganizationAsync("park-operator");
        var (ownId, ownSecret) = await CreateClientAsync(orgId, "Meter gateway");
        var (otherId, _) = await CreateClientAsync(await registry.RegisterOrganizationAsync("park-operator"), "Someone else's");
        var orgAdmin = platform.IdentityAs(Callers.Operator(orgId, "organization-admin") with { Audiences = ["carbon-identity"] });

        var response = await orgAdmin.GetAsync($"/api/v1/organizations/{orgId}/api-clients");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var client = Assert.Single((await response.JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(ownId, client.GetProperty("clientId").GetString());
        Assert.Equal("Meter gateway", client.GetProperty("name").GetString());
        Assert.Equal(["operator-admin"], client.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(client.GetProperty("revoked").GetBoolean());
        Assert.DoesNotContain(ownSecret, text);
        Assert.DoesNotContain(otherId, text);
    }

    [Fact]
    public async Task A_revoked_client_gets_no_more_tokens_and_is_listed_as_revoked()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("certification-body");
        var (clientId, secret) = await CreateClientAsync(orgId, "Reviewer system");
        var identity = platform.Identity.CreateClient();
        await identity.AccessTokenAsync(clientId, secret);
        var orgAdmin = platform.IdentityAs(Callers.PlatformAdmin("carbon-identity"));

        var revoked = await orgAdmin.DeleteAsync($"/api/v1/organizations/{orgId}/api-clients/{clientId}");
        var (response, body) = await identity.RequestTokenAsync(clientId, secret);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.False(response.IsSuccessStatusCode);
        Assert.False(body.TryGetProperty("access_token", out _));
        var listed = Assert.Single((await (await orgAdmin.GetAsync($"/api/v1/organizations/{orgId}/api-clients")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.True(listed.GetProperty("revoked").GetBoolean());
    }

    [Fact]
    public async Task Another_organisations_administrator_cannot_list_or_revoke_and_a_viewer_is_forbidden()
    {
        var registry = platform.RegistryAs(Callers.PlatformAdmin());
        var orgId = await registry.RegisterOrganizationAsync("park-operator");
        var (clientId, secret) = await CreateClientAsync(orgId, "Energy platform");
        var other = platform.IdentityAs(Callers.Operator(await registry.RegisterOrganizationAsync("park-operator")) with { Audiences = ["carbon-identity"] });
        var viewer = platform.IdentityAs(Callers.Operator(orgId, "operator-viewer") with { Audiences = ["carbon-identity"] });

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/organizations/{orgId}/api-clients")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/organizations/{orgId}/api-clients/{clientId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/organizations/{orgId}/api-clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/v1/organizations/{orgId}/api-clients/{clientId}")).StatusCode);
        await platform.Identity.CreateClient().AccessTokenAsync(clientId, secret);
    }

    [Fact]
    public async Task A_client_of_another_organisation_is_not_found_under_this_one()
    {
        var registry = platform.RegistryAs(Callers.PlatformAdmin());
        var orgId = await registry.RegisterOrganizationAsync("park-operator");
        var (otherClient, _) = await CreateClientAsync(await registry.RegisterOrganizationAsync("park-operator"), "Elsewhere");

        var response = await platform.IdentityAdmin().DeleteAsync($"/api/v1/organizations/{orgId}/api-clients/{otherClient}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_organisation_administrator_person_creates_api_clients_for_its_organisation()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("regional-authority", "320500");
        var orgAdmin = platform.IdentityAs(Callers.Authority(orgId, "320500") with { Roles = ["organization-admin"], Audiences = ["carbon-identity"] });

        var response = await orgAdmin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-clients", new { name = "Bureau reporting" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<(string ClientId, string Secret)> CreateClientAsync(Guid orgId, string name)
    {
        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-clients", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }
}
