using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

public sealed record CreatedPerson(Guid Id, Guid OrganizationId, string UserName, string Password);

/// <summary>People of organisations, created through the identity service's API as an administrator would.</summary>
public static class PeopleApi
{
    public static HttpClient IdentityAdmin(this Platform platform) => platform.IdentityAs(Callers.PlatformAdmin("carbon-identity"));

    public static async Task<CreatedPerson> PersonAsync(this Platform platform, string kind, params string[] roles)
    {
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync(kind, kind == "regional-authority" ? "320500" : null);
        return await platform.IdentityAdmin().CreatePersonAsync(orgId, roles);
    }

    public static async Task<CreatedPerson> CreatePersonAsync(this HttpClient admin, Guid orgId, string[] roles, string? password = null)
    {
        var userName = $"person-{Guid.NewGuid():N}@park.test";
        var response = await admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/people",
            new { userName, displayName = "张伟 Zhang Wei", roles, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {body}");
        var created = System.Text.Json.JsonDocument.Parse(body).RootElement;
        return new CreatedPerson(created.GetProperty("id").GetGuid(), orgId, userName, password ?? created.GetProperty("password").GetString()!);
    }
}
