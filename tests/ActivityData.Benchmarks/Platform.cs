using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarbonPlatform.ActivityData.Benchmarks;

/// <summary>The running platform, as the platform administrator: sets up an operator's park with metered sources.</summary>
public sealed class Platform(HttpClient http)
{
    public HttpClient Http => http;

    public static async Task<Platform> ConnectAsync(string url)
    {
        var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "local-admin", ["client_secret"] = "local-admin-secret",
        }));
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new Platform(http);
    }

    public async Task<(Guid Park, Guid[] Sources)> MeteredParkAsync(int meters)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var op = await PostAsync("/api/v1/organizations", new { name = "Benchmark operator " + suffix, kind = "park-operator", regionCode = "320500" });
        var park = await PostAsync("/api/v1/parks", new { name = "Benchmark park " + suffix, regionCode = "320571", operatorOrganizationId = op });
        var enterprise = await PostAsync($"/api/v1/parks/{park}/enterprises", new { name = "Benchmark enterprise", keyEnergyUser = true });
        var sources = new Guid[meters];
        for (var i = 0; i < meters; i++)
            sources[i] = await PostAsync($"/api/v1/parks/{park}/emission-sources",
                new { enterpriseId = enterprise, name = $"meter {i + 1}", kind = "purchased-electricity", unit = "kWh", metered = true });
        return (park, sources);
    }

    private async Task<Guid> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
