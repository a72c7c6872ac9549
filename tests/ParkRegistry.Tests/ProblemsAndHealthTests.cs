using System.Net;
using System.Text;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

[Collection(nameof(PlatformCollection))]
public sealed class ProblemsAndHealthTests(Platform platform)
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem_with_a_malformed_json_error()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());
        var body = new StringContent("""{ "name": "Broken Park", "regionCode": """, Encoding.UTF8, "application/json");

        var response = await admin.PostAsync("/api/v1/parks", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("malformed-json", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Liveness_answers_anonymously()
    {
        var response = await platform.Registry.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
