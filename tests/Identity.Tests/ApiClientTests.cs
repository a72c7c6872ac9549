using System.Net;
using System.Net.Http.Json;
using System.Text;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

/// <summary>API clients of organisations: created by the administrator, tenant taken from the park registry over gRPC.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class ApiClientTests(Platform platform)
{
    private readonly HttpClient _identityAdmin = platform.IdentityAs(Callers.PlatformAdmin("carbon-identity"));

    [Fact]
    public async Task Authoritys_api_client_gets_tokens_carrying_its_organisation_kind_and_region()
    {
        var authorityId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("regional-authority", "320500");

        var created = await _identityAdmin.PostAsJsonAsync($"/api/v1/organizations/{authorityId}/api-clients", new { name = "Suzhou bureau reporting system" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.JsonAsync();
        var clientId = issued.GetProperty("clientId").GetString()!;
        var secret = issued.GetProperty("clientSecret").GetString()!;

        var token = await platform.Identity.CreateClient().AccessTokenAsync(clientId, secret);

        Assert.Equal(authorityId.ToString(), token.Values("org_id").Single());
        Assert.Equal("regional-authority", token.Values("org_kind").Single());
        Assert.Equal("320500", token.Values("region_code").Single());
        Assert.Equal(["authority-viewer"], token.Values("role"));
        Assert.DoesNotContain("platform-admin", token.Values("role"));
    }

    [Fact]
    public async Task Api_client_of_an_authority_cannot_be_given_the_platform_administrator_role()
    {
        var authorityId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("regional-authority", "320000");

        var response = await _identityAdmin.PostAsJsonAsync($"/api/v1/organizations/{authorityId}/api-clients",
            new { name = "Over-privileged client", roles = new[] { "platform-admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("roles", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Api_client_for_an_organisation_the_registry_does_not_know_is_not_found()
    {
        var response = await _identityAdmin.PostAsJsonAsync($"/api/v1/organizations/{Guid.NewGuid()}/api-clients", new { name = "Ghost client" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Operator_cannot_create_api_clients_for_another_organisation()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var ownOperator = await admin.RegisterOrganizationAsync("park-operator");
        var otherOperator = await admin.RegisterOrganizationAsync("park-operator");
        var operatorAdmin = platform.IdentityAs(Callers.Operator(ownOperator) with { Audiences = ["carbon-identity"] });

        var response = await operatorAdmin.PostAsJsonAsync($"/api/v1/organizations/{otherOperator}/api-clients", new { name = "Borrowed client" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Client_secret_is_not_stored_in_clear_text()
    {
        var operatorId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");
        var created = await _identityAdmin.PostAsJsonAsync($"/api/v1/organizations/{operatorId}/api-clients", new { name = "Park energy meter gateway" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.JsonAsync();
        var clientId = issued.GetProperty("clientId").GetString()!;
        var secret = issued.GetProperty("clientSecret").GetString()!;

        var stored = DatabaseFiles().Select(ReadShared).ToList();

        // The client itself is in the files read (else the check below would prove nothing)...
        Assert.Contains(stored, bytes => Contains(bytes, clientId));
        // ...but its secret is not.
        Assert.DoesNotContain(stored, bytes => Contains(bytes, secret));
        Assert.DoesNotContain(stored, bytes => Contains(bytes, "local-admin-secret"));
    }

    private IEnumerable<string> DatabaseFiles() =>
        Directory.EnumerateFiles(platform.Identity.DataFolder, "identity.db*");

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
