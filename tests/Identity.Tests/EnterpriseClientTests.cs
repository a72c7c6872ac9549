using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

/// <summary>An enterprise of a park as a tenant: the park operator's administrator gives it a client, whose tokens name its park and enterprise.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class EnterpriseClientTests(Platform platform)
{
    [Fact]
    public async Task The_park_operators_administrator_gives_its_enterprise_a_client_whose_token_names_the_park_and_the_enterprise()
    {
        var registry = platform.RegistryAs(Callers.PlatformAdmin());
        var (ownOperator, otherOperator) = (await registry.RegisterOrganizationAsync("park-operator"), await registry.RegisterOrganizationAsync("park-operator"));
        var park = await registry.RegisterParkAsync(ownOperator, "320571");
        var enterpriseId = Guid.NewGuid();
        var created = await platform.RegistryAs(Callers.Operator(ownOperator))
            .PostAsJsonAsync("/api/v1/organizations", new { name = "华电热电", kind = "enterprise", parkId = park, enterpriseId });
        var orgId = (await created.JsonAsync()).GetProperty("id").GetGuid();

        var client = await platform.IdentityAs(Callers.Operator(ownOperator) with { Audiences = ["carbon-identity"] })
            .PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-clients", new { name = "企业能源系统" });
        var byOtherOperator = await platform.IdentityAs(Callers.Operator(otherOperator) with { Audiences = ["carbon-identity"] })
            .PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-clients", new { name = "x" });
        var operatorRole = await platform.IdentityAs(Callers.Operator(ownOperator) with { Audiences = ["carbon-identity"] })
            .PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-clients", new { name = "x", roles = new[] { "operator-admin" } });

        Assert.Equal(HttpStatusCode.Created, client.StatusCode);
        var issued = await client.JsonAsync();
        var token = await platform.Identity.CreateClient().AccessTokenAsync(issued.GetProperty("clientId").GetString()!, issued.GetProperty("clientSecret").GetString()!);
        Assert.Equal(("enterprise", park.ToString(), enterpriseId.ToString(), "enterprise-data-entry"),
            (token.GetClaim("org_kind").Value, token.GetClaim("park_id").Value, token.GetClaim("enterprise_id").Value, token.GetClaim("role").Value));
        Assert.Equal(HttpStatusCode.NotFound, byOtherOperator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, operatorRole.StatusCode);
    }
}
