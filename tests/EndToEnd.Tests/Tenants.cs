using System.Text.Json;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>An organisation with its API client, created through the API by the platform administrator.</summary>
public sealed record Tenant(string OrganizationId, string ClientId, string ClientSecret);

public static class Tenants
{
    public static async Task<Tenant> CreateAsync(HttpClient admin, string kind, string name, string? regionCode = null)
    {
        var org = await admin.PostAsync("/api/v1/organizations", new { name, kind, regionCode });
        var id = org.Str("id");
        var client = await admin.PostAsync($"/api/v1/organizations/{id}/api-clients", new { name = name + " client" });
        return new Tenant(id, client.Str("clientId"), client.Str("clientSecret"));
    }

    public static async Task<string> ParkAsync(HttpClient http, Tenant operatorTenant, string name, string regionCode) =>
        (await http.PostAsync("/api/v1/parks", new { name, regionCode, operatorOrganizationId = operatorTenant.OrganizationId })).Str("id");

    public static JsonElement Line(JsonElement inventory, string id) =>
        inventory.GetProperty("lines").EnumerateArray().Single(l => l.Str("id") == id);
}
