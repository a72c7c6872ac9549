using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarbonPlatform.Testing;

/// <summary>The park registry's public endpoints as the tests call them.</summary>
public static class RegistryApi
{
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<Guid> RegisterOrganizationAsync(this HttpClient admin, string kind, string? regionCode = null, string? name = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = name ?? Unique(kind), kind, regionCode });
        return await CreatedIdAsync(response);
    }

    public static async Task<Guid> RegisterParkAsync(this HttpClient caller, Guid operatorId, string regionCode, string? name = null)
    {
        var response = await caller.PostAsJsonAsync("/api/v1/parks", new { name = name ?? Unique("Park"), regionCode, operatorOrganizationId = operatorId });
        return await CreatedIdAsync(response);
    }

    public static async Task<List<JsonElement>> ListParksAsync(this HttpClient caller)
    {
        var response = await caller.GetAsync("/api/v1/parks?limit=1000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
