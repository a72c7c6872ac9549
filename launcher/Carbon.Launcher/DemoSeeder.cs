using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarbonPlatform.Launcher;

/// <summary>
/// On first start: a Jiangsu park operator with a park and a year of activity data, a regional authority for Jiangsu
/// and a certification body, each with an API client, and demo people to sign in to the portal with (passwords made
/// by the identity service, kept only in the local data folder). Done through the public API, as any client would.
/// </summary>
public sealed class DemoSeeder(string gatewayUrl, string dataFolder)
{
    public string CredentialsFile => Path.Combine(dataFolder, "demo-clients.json");

    public async Task<JsonObject> SeedOnceAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(gatewayUrl), Timeout = TimeSpan.FromSeconds(60) };
        if (File.Exists(CredentialsFile))
        {
            var seeded = JsonNode.Parse(await File.ReadAllTextAsync(CredentialsFile, ct))!.AsObject();
            if (seeded.ContainsKey("people")) return seeded;
            // A data folder seeded before people existed: add them to the organisations it has.
            http.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(http, "local-admin", "local-admin-secret", ct));
            seeded["people"] = await PeopleAsync(http, Org(seeded, "parkOperator"), Org(seeded, "regionalAuthority"), Org(seeded, "certificationBody"), ct);
            await SaveAsync(seeded, ct);
            return seeded;
        }
        http.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(http, "local-admin", "local-admin-secret", ct));

        var operatorId = await CreateAsync(http, "/api/v1/organizations", new { name = "苏州工业园区管理委员会 (demo)", kind = "park-operator", regionCode = "320500" }, ct);
        var authorityId = await CreateAsync(http, "/api/v1/organizations", new { name = "江苏省发展和改革委员会 (demo)", kind = "regional-authority", regionCode = "320000" }, ct);
        var bodyId = await CreateAsync(http, "/api/v1/organizations", new { name = "中碳认证中心 (demo)", kind = "certification-body" }, ct);
        var parkId = await CreateAsync(http, "/api/v1/parks", new { name = "苏州零碳示范园 (demo)", regionCode = "320571", operatorOrganizationId = operatorId }, ct);

        var result = new JsonObject
        {
            ["gateway"] = gatewayUrl,
            ["parkId"] = parkId,
            ["parkOperator"] = await ClientAsync(http, operatorId, "demo operator client", ct),
            ["regionalAuthority"] = await ClientAsync(http, authorityId, "demo authority client", ct),
            ["certificationBody"] = await ClientAsync(http, bodyId, "demo certification client", ct),
            ["people"] = await PeopleAsync(http, operatorId, authorityId, bodyId, ct),
        };
        var operatorClient = result["parkOperator"]!;
        using var asOperator = new HttpClient { BaseAddress = new Uri(gatewayUrl) };
        asOperator.DefaultRequestHeaders.Authorization = new("Bearer",
            await TokenAsync(asOperator, (string)operatorClient["clientId"]!, (string)operatorClient["clientSecret"]!, ct));
        var batch = await asOperator.PostAsJsonAsync($"/api/v1/parks/{parkId}/activity-records", DemoYear(), ct);
        await EnsureAsync(batch, ct);

        await SaveAsync(result, ct);
        return result;
    }

    private async Task SaveAsync(JsonObject result, CancellationToken ct)
    {
        Directory.CreateDirectory(dataFolder);
        await File.WriteAllTextAsync(CredentialsFile, result.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), ct);
    }

    private static string Org(JsonObject seeded, string tenant) => (string)seeded[tenant]!["organizationId"]!;

    /// <summary>One person per role the portal shows; the identity service makes each password and shows it once.</summary>
    private static async Task<JsonArray> PeopleAsync(HttpClient http, string operatorId, string authorityId, string bodyId, CancellationToken ct)
    {
        (string Org, string UserName, string DisplayName, string[] Roles)[] people =
        [
            (operatorId, "admin@park.demo", "园区管理员 Park admin", ["operator-admin", "organization-admin"]),
            (operatorId, "data@park.demo", "数据填报员 Data entry", ["operator-data-entry"]),
            (operatorId, "viewer@park.demo", "园区查看者 Park viewer", ["operator-viewer"]),
            (authorityId, "authority@jiangsu.demo", "江苏省主管部门 Jiangsu authority", ["authority-viewer"]),
            (bodyId, "reviewer@certbody.demo", "认证审核员 Certification reviewer", ["certification-reviewer"]),
        ];
        var created = new JsonArray();
        foreach (var person in people)
        {
            using var response = await http.PostAsJsonAsync($"/api/v1/organizations/{person.Org}/people",
                new { userName = person.UserName, displayName = person.DisplayName, roles = person.Roles }, ct);
            await EnsureAsync(response, ct);
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!;
            created.Add(new JsonObject
            {
                ["userName"] = person.UserName, ["password"] = body["password"]!.DeepClone(), ["role"] = string.Join(" ", person.Roles),
            });
        }
        return created;
    }

    public static object DemoYear() => new
    {
        year = 2024,
        lines = new object[]
        {
            new { id = "boiler-gas", kind = "fuel-combustion", quantity = 120.5, unit = "10^4Nm3", fuel = "natural-gas" },
            new { id = "fleet-diesel", kind = "fuel-combustion", quantity = 35, unit = "t", fuel = "diesel" },
            new { id = "grid-power", kind = "purchased-electricity", quantity = 5000, unit = "MWh" },
            new { id = "green-trade", kind = "green-electricity", quantity = 1200, unit = "MWh", instrument = "green-power-trade" },
            new { id = "rooftop-pv", kind = "onsite-generation", quantity = 800, unit = "MWh", source = "non-fossil" },
            new { id = "logistics", kind = "scope3", quantity = 300, unit = "tCO2e", category = 4 },
            new { id = "park-green", kind = "carbon-sink", quantity = 150, unit = "tCO2", sinkType = "green-space" },
            new { id = "ccer-2024", kind = "offset", quantity = 500, unit = "tCO2e", instrument = "CCER", serial = "CCER-DEMO-2024-0001" },
        },
    };

    public static async Task<string> TokenAsync(HttpClient http, string clientId, string secret, CancellationToken ct)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }), ct);
        await EnsureAsync(response, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return (string)body!["access_token"]!;
    }

    private static async Task<string> CreateAsync(HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, ct);
        await EnsureAsync(response, ct);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!;
    }

    private static async Task<JsonObject> ClientAsync(HttpClient http, string organizationId, string name, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/organizations/{organizationId}/api-clients", new { name }, ct);
        await EnsureAsync(response, ct);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!;
        return new JsonObject { ["organizationId"] = organizationId, ["clientId"] = body["clientId"]!.DeepClone(), ["clientSecret"] = body["clientSecret"]!.DeepClone() };
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
