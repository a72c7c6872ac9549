using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Operations;

/// <summary>
/// On the real processes: the gateway gathers every consuming service's dead letters over HTTP and routes a replay to
/// the service named in its path. (Who is refused is the security matrix's: EndpointCatalogue.)
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DeadLetterListTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_gateway_asks_every_consuming_service_for_its_dead_letters()
    {
        using var admin = await platform.AdminAsync();

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/operations/dead-letters?status=dead&limit=5");

        Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
        Assert.Empty(page.GetProperty("unavailable").EnumerateArray());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("dead", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_bad_status_is_a_problem_naming_the_field()
    {
        using var admin = await platform.AdminAsync();

        using var response = await admin.GetAsync("/api/v1/operations/dead-letters?status=lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"status\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_replay_reaches_the_service_named_in_its_path()
    {
        using var admin = await platform.AdminAsync();

        foreach (var service in new[] { "accounting", "evaluation", "park-registry" })
        {
            using var missing = await admin.PostAsync($"/api/v1/operations/dead-letters/{service}/{Guid.NewGuid()}/replay", null);

            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode); // the service's own answer: it has no such dead letter
            Assert.Contains("The dead letter does not exist", await missing.Content.ReadAsStringAsync());
        }
    }
}
