using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

/// <summary>The platform services' own clients, for their gRPC calls: configured at the identity service, tenant of no organisation.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class ServiceClientTests(Platform platform)
{
    [Fact]
    public async Task A_service_client_gets_a_platform_service_token_for_the_service_it_names_as_scope()
    {
        var token = await platform.Identity.CreateClient().AccessTokenAsync("service-accounting", IdentityService.AccountingServiceSecret, "park-registry");

        Assert.Equal(["platform-service"], token.Values("role"));
        Assert.Equal("platform", token.Values("org_kind").Single());
        Assert.Empty(token.Values("org_id"));
        Assert.Equal("service-accounting", token.Subject);
        Assert.Equal(["carbon-gateway", "carbon-park-registry"], token.Audiences.Order());
    }

    [Theory]
    [InlineData("certification")]
    [InlineData("evaluation")]
    public async Task A_service_client_gets_no_token_for_a_service_it_does_not_call(string scope)
    {
        var (response, body) = await platform.Identity.CreateClient().RequestTokenAsync("service-accounting", IdentityService.AccountingServiceSecret, scope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
        Assert.Contains("scope", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task A_service_client_naming_no_scope_gets_the_audiences_of_the_services_it_calls_and_no_others()
    {
        var token = await platform.Identity.CreateClient().AccessTokenAsync("service-accounting", IdentityService.AccountingServiceSecret, scope: null);

        // identity: every service reads its revocation list.
        Assert.Equal(["carbon-activity-data", "carbon-emission-factors", "carbon-gateway", "carbon-identity", "carbon-park-registry"],
            token.Audiences.Order());
    }

    [Fact]
    public async Task A_service_client_with_a_wrong_secret_gets_no_token()
    {
        var (response, body) = await platform.Identity.CreateClient().RequestTokenAsync("service-accounting", "not-the-secret", "park-registry");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_organisations_api_client_cannot_be_given_the_platform_service_role()
    {
        var operatorId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{operatorId}/api-clients",
            new { name = "Would-be service", roles = new[] { "platform-service" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("roles", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_person_cannot_be_given_the_platform_service_role()
    {
        var operatorId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{operatorId}/people",
            new { userName = $"s-{Guid.NewGuid():N}", displayName = "S", roles = new[] { "platform-service" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
