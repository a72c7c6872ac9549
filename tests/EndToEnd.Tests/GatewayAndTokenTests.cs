using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GatewayAndTokenTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_service_called_directly_rejects_a_token_minted_for_another_audience()
    {
        var token = await platform.TokenAsync("local-admin", "local-admin-secret", scope: "activity-data");
        using var accounting = new HttpClient { BaseAddress = new Uri(platform.ServiceUrl("accounting")) };
        accounting.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var refused = await accounting.GetAsync($"/api/v1/parks/{Guid.NewGuid()}/inventories/2024?method=cers-2025");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // The same token is good where its audience is: activity data answers (404: no such park), not 401.
        using var activity = new HttpClient { BaseAddress = new Uri(platform.ServiceUrl("activity-data")) };
        activity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var accepted = await activity.GetAsync($"/api/v1/parks/{Guid.NewGuid()}/activity-records?year=2024");
        Assert.Equal(HttpStatusCode.NotFound, accepted.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401_and_a_discovery_document_is_public()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        using var parks = await anonymous.GetAsync("/api/v1/parks");
        Assert.Equal(HttpStatusCode.Unauthorized, parks.StatusCode);
        var discovery = await anonymous.GetJsonAsync("/.well-known/openid-configuration");
        Assert.EndsWith("/connect/token", discovery.Str("token_endpoint"));
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/reference")]
    [InlineData("/api/v1/parks")]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/.well-known/openid-configuration")] // proxied: the identity service set them too, and they are not doubled
    public async Task Every_answer_of_the_gateway_tells_browsers_not_to_sniff_its_type_and_to_send_no_referrer(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413_with_problem_details()
    {
        using var admin = await platform.AdminAsync();
        var oversized = "{\"method\":\"cers-2025\",\"year\":2024,\"pad\":\"" + new string('x', 1_100_000) + "\",\"lines\":[]}";
        using var response = await admin.PostAsync("/api/v1/calculations", new StringContent(oversized, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("body-too-large", problem.GetProperty("errors")[0].Str("code"));
    }

    [Fact]
    public async Task A_malformed_body_gets_400_with_problem_details_and_changes_nothing()
    {
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/organizations", new StringContent("{\"name\": \"broken", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("malformed-json", problem.GetProperty("errors")[0].Str("code"));
        var organizations = (await admin.GetJsonAsync("/api/v1/organizations?limit=1000")).GetProperty("items");
        Assert.DoesNotContain(organizations.EnumerateArray(), o => o.Str("name").StartsWith("broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_gateway_serves_one_openapi_description_of_every_service()
    {
        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        var document = await anonymous.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/v1/parks", "/api/v1/calculations", "/api/v1/parks/{parkId}/activity-records", "/api/v1/certification-applications", "/api/v1/factor-releases" })
            Assert.Contains(expected, paths);
        using var reference = await anonymous.GetAsync("/reference/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
