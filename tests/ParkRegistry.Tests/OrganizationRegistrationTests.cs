using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

[Collection(nameof(PlatformCollection))]
public sealed partial class OrganizationRegistrationTests(Platform platform)
{
    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [Fact]
    public async Task Administrator_registers_organisations_and_a_park()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());

        var operatorResponse = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Suzhou Park Operations", kind = "park-operator" });
        Assert.Equal(HttpStatusCode.Created, operatorResponse.StatusCode);
        var operatorId = (await operatorResponse.JsonAsync()).GetProperty("id").GetGuid();
        Assert.NotEqual(Guid.Empty, operatorId);

        var authorityId = await admin.RegisterOrganizationAsync("regional-authority", "320000");
        var bodyId = await admin.RegisterOrganizationAsync("certification-body");
        Assert.Equal(3, new[] { operatorId, authorityId, bodyId }.Distinct().Count());

        var parkResponse = await admin.PostAsJsonAsync("/api/v1/parks", new { name = "Suzhou Industrial Park", regionCode = "320571", operatorOrganizationId = operatorId });
        Assert.Equal(HttpStatusCode.Created, parkResponse.StatusCode);
        var parkId = (await parkResponse.JsonAsync()).GetProperty("id").GetGuid();

        var park = await (await admin.GetAsync($"/api/v1/parks/{parkId}")).JsonAsync();
        Assert.Equal("Suzhou Industrial Park", park.GetProperty("name").GetString());
        Assert.Equal("320571", park.GetProperty("regionCode").GetString());
        Assert.Equal(operatorId, park.GetProperty("operatorOrganizationId").GetGuid());
    }

    [Fact]
    public async Task Regional_authority_needs_a_region_code_and_the_refused_request_registers_nothing()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var name = RegistryApi.Unique("Jiangsu Ecology Bureau");

        var response = await admin.PostAsJsonAsync("/api/v1/organizations", new { name, kind = "regional-authority" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().ToList();
        var regionError = Assert.Single(errors, e => e.GetProperty("field").GetString() == "regionCode");
        Assert.Matches(KebabCase(), regionError.GetProperty("code").GetString());

        var organizations = (await (await admin.GetAsync("/api/v1/organizations?limit=1000")).JsonAsync()).GetProperty("items");
        Assert.DoesNotContain(organizations.EnumerateArray(), o => o.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Park_with_an_invalid_region_code_is_refused_and_nothing_is_registered()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var operatorId = await admin.RegisterOrganizationAsync("park-operator");

        var response = await admin.PostAsJsonAsync("/api/v1/parks", new { name = "Nowhere Park", regionCode = "32057", operatorOrganizationId = operatorId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("regionCode", error.GetProperty("field").GetString());
        Assert.Matches(KebabCase(), error.GetProperty("code").GetString());
        Assert.Empty(await platform.RegistryAs(Callers.Operator(operatorId)).ListParksAsync());
    }

    [Fact]
    public async Task Only_the_platform_administrator_registers_organisations()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var operatorId = await admin.RegisterOrganizationAsync("park-operator");
        var operatorAdmin = platform.RegistryAs(Callers.Operator(operatorId));

        var response = await operatorAdmin.PostAsJsonAsync("/api/v1/organizations", new { name = "Self-made Authority", kind = "regional-authority", regionCode = "320000" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_operators_administrator_registers_enterprises_of_its_own_parks_and_nothing_else()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var (ownOperator, otherOperator) = (await admin.RegisterOrganizationAsync("park-operator"), await admin.RegisterOrganizationAsync("park-operator"));
        var (ownPark, otherPark) = (await admin.RegisterParkAsync(ownOperator, "320571"), await admin.RegisterParkAsync(otherOperator, "320571"));
        var operatorAdmin = platform.RegistryAs(Callers.Operator(ownOperator));
        var enterpriseId = Guid.NewGuid();

        var created = await operatorAdmin.PostAsJsonAsync("/api/v1/organizations", new { name = "华电热电", kind = "enterprise", parkId = ownPark, enterpriseId });
        var foreign = await operatorAdmin.PostAsJsonAsync("/api/v1/organizations", new { name = "x", kind = "enterprise", parkId = otherPark, enterpriseId });
        var unlinked = await operatorAdmin.PostAsJsonAsync("/api/v1/organizations", new { name = "x", kind = "enterprise", parkId = ownPark });
        var byViewer = await platform.RegistryAs(Callers.Operator(ownOperator, "operator-viewer"))
            .PostAsJsonAsync("/api/v1/organizations", new { name = "x", kind = "enterprise", parkId = ownPark, enterpriseId });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var view = await (await operatorAdmin.GetAsync($"/api/v1/organizations/{id}")).JsonAsync();
        Assert.Equal(("enterprise", ownPark, enterpriseId),
            (view.GetProperty("kind").GetString(), view.GetProperty("parkId").GetGuid(), view.GetProperty("enterpriseId").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var error = Assert.Single((await unlinked.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("enterpriseId", error.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.RegistryAs(Callers.Operator(otherOperator)).GetAsync($"/api/v1/organizations/{id}")).StatusCode);
    }
}
