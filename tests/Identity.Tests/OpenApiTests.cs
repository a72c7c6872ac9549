using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

[Collection(nameof(PlatformCollection))]
public sealed class OpenApiTests(Platform platform)
{
    /// <summary>What the gateway merges into the v1 description (and the security catalogue must list): the management API, not the protocol endpoints.</summary>
    [Fact]
    public async Task Identity_describes_its_people_and_api_client_endpoints_and_not_the_sign_in_pages()
    {
        var document = await (await platform.Identity.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();

        Assert.Equal(
        [
            "DELETE /api/v1/organizations/{orgId}/api-clients/{clientId}",
            "GET /api/v1/organizations/{orgId}/api-clients",
            "GET /api/v1/organizations/{orgId}/people",
            "POST /api/v1/organizations/{orgId}/api-clients",
            "POST /api/v1/organizations/{orgId}/people",
            "POST /api/v1/organizations/{orgId}/people/{personId}/disable",
        ], operations);
    }
}
