using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

/// <summary>An organisation's people: managed by a platform administrator or the organisation's own administrator.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class PeopleManagementTests(Platform platform)
{
    [Fact]
    public async Task Platform_admin_creates_a_person_whose_generated_password_is_shown_once()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{orgId}/people",
            new { userName = $"Li.Na-{Guid.NewGuid():N}@Park.Test", displayName = "李娜", roles = new[] { "operator-viewer" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        Assert.Equal(created.GetProperty("userName").GetString()!.ToLowerInvariant(), created.GetProperty("userName").GetString());
        Assert.True(created.GetProperty("password").GetString()!.Length >= 12);
        var listed = await (await platform.IdentityAdmin().GetAsync($"/api/v1/organizations/{orgId}/people")).Content.ReadAsStringAsync();
        Assert.Contains(created.GetProperty("id").GetString()!, listed);
        Assert.DoesNotContain(created.GetProperty("password").GetString()!, listed);
        Assert.DoesNotContain("pbkdf2", listed);
        Assert.DoesNotContain("passwordHash", listed);
    }

    [Fact]
    public async Task A_password_given_by_the_caller_is_not_echoed_and_must_have_twelve_characters()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");
        var admin = platform.IdentityAdmin();

        var tooShort = await admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/people",
            new { userName = $"short-{Guid.NewGuid():N}", displayName = "Short", roles = new[] { "operator-viewer" }, password = "elevenchars" });
        var given = await admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/people",
            new { userName = $"given-{Guid.NewGuid():N}", displayName = "Given", roles = new[] { "operator-viewer" }, password = "twelve-chars" });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal("password", Assert.Single((await tooShort.JsonAsync()).GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await given.JsonAsync()).GetProperty("password").ValueKind);
    }

    [Theory]
    [InlineData("organization-admin")]
    [InlineData("operator-admin")]
    public async Task The_organisations_own_administrator_manages_its_people(string adminRole)
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");
        var ownAdmin = platform.IdentityAs(Callers.Operator(orgId, adminRole) with { Audiences = ["carbon-identity"] });

        var person = await ownAdmin.CreatePersonAsync(orgId, ["operator-data-entry"]);
        var listed = await ownAdmin.GetAsync($"/api/v1/organizations/{orgId}/people");
        var disabled = await ownAdmin.PostAsync($"/api/v1/organizations/{orgId}/people/{person.Id}/disable", null);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
    }

    [Fact]
    public async Task A_caller_of_the_organisation_without_an_administrator_role_is_forbidden()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");
        var viewer = platform.IdentityAs(Callers.Operator(orgId, "operator-viewer") with { Audiences = ["carbon-identity"] });

        var created = await viewer.PostAsJsonAsync($"/api/v1/organizations/{orgId}/people", new { userName = "x@park.test", displayName = "X", roles = new[] { "operator-admin" } });
        var listed = await viewer.GetAsync($"/api/v1/organizations/{orgId}/people");

        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, listed.StatusCode);
    }

    [Fact]
    public async Task Another_organisations_administrator_is_told_the_organisation_does_not_exist()
    {
        var registry = platform.RegistryAs(Callers.PlatformAdmin());
        var orgId = await registry.RegisterOrganizationAsync("park-operator");
        var other = platform.IdentityAs(Callers.Operator(await registry.RegisterOrganizationAsync("park-operator"), "organization-admin") with { Audiences = ["carbon-identity"] });
        var person = await platform.IdentityAdmin().CreatePersonAsync(orgId, ["operator-viewer"]);

        var created = await other.PostAsJsonAsync($"/api/v1/organizations/{orgId}/people", new { userName = "x@park.test", displayName = "X", roles = new[] { "operator-admin" } });
        var listed = await other.GetAsync($"/api/v1/organizations/{orgId}/people");
        var disabled = await other.PostAsync($"/api/v1/organizations/{orgId}/people/{person.Id}/disable", null);

        Assert.All([created, listed, disabled], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task A_role_of_another_organisation_kind_is_refused_naming_the_roles_field()
    {
        var authorityId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("regional-authority", "320000");

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{authorityId}/people",
            new { userName = $"a-{Guid.NewGuid():N}", displayName = "A", roles = new[] { "authority-viewer", "operator-admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("roles", error.GetProperty("field").GetString());
        Assert.Equal("role-not-allowed", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_platform_admin_role_is_never_given_to_a_person_of_a_tenant()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("certification-body");

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{orgId}/people",
            new { userName = $"b-{Guid.NewGuid():N}", displayName = "B", roles = new[] { "platform-admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_user_name_taken_in_the_organisation_in_any_case_is_a_conflict()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");
        var person = await platform.IdentityAdmin().CreatePersonAsync(orgId, ["operator-viewer"]);

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{orgId}/people",
            new { userName = person.UserName.ToUpperInvariant(), displayName = "Twin", roles = new[] { "operator-viewer" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("userName", Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");

        var response = await platform.IdentityAdmin().PostAsJsonAsync($"/api/v1/organizations/{orgId}/people", new { userName = "has space" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).Order();
        Assert.Equal(["displayName", "roles", "userName"], fields);
    }

    [Fact]
    public async Task An_organisation_administrator_alone_sees_none_of_the_organisations_park_data()
    {
        var registry = platform.RegistryAs(Callers.PlatformAdmin());
        var orgId = await registry.RegisterOrganizationAsync("park-operator");
        var parkId = await registry.RegisterParkAsync(orgId, "320571");

        var onlyOrgAdmin = platform.RegistryAs(Callers.Operator(orgId, "organization-admin"));
        var viewer = platform.RegistryAs(Callers.Operator(orgId, "operator-viewer"));

        Assert.Equal(HttpStatusCode.NotFound, (await onlyOrgAdmin.GetAsync($"/api/v1/parks/{parkId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/parks/{parkId}")).StatusCode);
    }
}
