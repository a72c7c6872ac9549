using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// The world the matrix attacks, built once through the API: tenant A (an operator with a park, its activity data and
/// ledger, evidence, an enterprise, an evaluation, an application approved by body A into a certificate, body A's
/// webhook subscription, a person) and the hostile callers around it, each with a real token or a forged one.
/// </summary>
public sealed class SecurityWorld
{
    private readonly Dictionary<Caller, string> _tokens = new();
    private readonly Dictionary<string, string> _otherAudienceTokens = new();

    /// <summary>What fills the catalogue's placeholders ({park}, {evaluation}, …).</summary>
    public Dictionary<string, string> Values { get; } = new();

    /// <summary>Strings that identify tenant A: no answer to an outsider may contain any of them.</summary>
    public Dictionary<string, string> TenantAIdentifiers { get; } = new();

    public required Tenant OperatorA { get; init; }

    /// <summary>Control for <see cref="Caller.ExpiredToken"/>: the same re-signing, still valid, is accepted.</summary>
    public required string ResignedValidToken { get; init; }

    /// <summary>Control for <see cref="Caller.OtherAudienceToken"/>: tenant A's administrator's token minted for park-registry only.</summary>
    public string ParkRegistryOnlyToken => _otherAudienceTokens["park-registry"];
    public required string ParkId { get; init; }

    /// <summary>The token the caller presents at an endpoint of <paramref name="service"/> (null: none at all).</summary>
    public string? TokenFor(Caller caller, string service) => caller switch
    {
        Caller.Anonymous => null,
        // A real token of tenant A's administrator, minted for some other service than the one called.
        Caller.OtherAudienceToken => _otherAudienceTokens[service == "identity" ? "park-registry" : "identity"],
        _ => _tokens[caller],
    };

    public static async Task<SecurityWorld> BuildAsync(PlatformFixture platform)
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var operatorA = await Tenants.CreateAsync(admin, "park-operator", $"矩阵甲园区管委会 {suffix}", "320500");
        var operatorB = await Tenants.CreateAsync(admin, "park-operator", $"矩阵乙园区管委会 {suffix}", "320500");
        var authority = await Tenants.CreateAsync(admin, "regional-authority", $"广东省矩阵主管部门 {suffix}", "440000");
        var bodyA = await Tenants.CreateAsync(admin, "certification-body", $"矩阵甲认证 {suffix}");
        var unassignedBody = await Tenants.CreateAsync(admin, "certification-body", $"矩阵丙认证 {suffix}");
        var viewerClient = await admin.PostAsync($"/api/v1/organizations/{operatorA.OrganizationId}/api-clients",
            new { name = "tenant A viewer", roles = new[] { "operator-viewer" } });
        var person = await admin.PostAsync($"/api/v1/organizations/{operatorA.OrganizationId}/people",
            new { userName = $"matrix-viewer-{suffix}@park.test", displayName = "矩阵甲查看者", roles = new[] { "operator-viewer" } });

        using var op = await platform.ClientAsync(operatorA.ClientId, operatorA.ClientSecret);
        using var body = await platform.ClientAsync(bodyA.ClientId, bodyA.ClientSecret);
        var parkName = $"矩阵甲零碳园区 {suffix}";
        var parkId = await Tenants.ParkAsync(op, operatorA, parkName, "320571");
        var park = $"/api/v1/parks/{parkId}";
        var serial = $"CCER-SEC-{Guid.NewGuid():N}";

        var enterprise = await op.PostAsync($"{park}/enterprises", new { name = $"矩阵甲企业 {suffix}", keyEnergyUser = true });
        var instrument = await op.PostAsync($"{park}/instruments", new { kind = "green-power-trade", vintage = 2024, quantity = 100, certificateNumber = $"GPT-SEC-{suffix}" });
        var enterpriseOrg = await op.PostAsync("/api/v1/organizations",
            new { name = $"矩阵甲企业 {suffix}", kind = "enterprise", parkId, enterpriseId = enterprise.Str("id") });
        var enterpriseClient = await op.PostAsync($"/api/v1/organizations/{enterpriseOrg.Str("id")}/api-clients",
            new { name = "tenant A's enterprise", roles = new[] { "enterprise-data-entry" } });
        var neighbour = await op.PostAsync($"{park}/enterprises", new { name = $"矩阵甲邻厂 {suffix}", keyEnergyUser = false });
        var meteredSource = await op.PostAsync($"{park}/emission-sources",
            new { enterpriseId = neighbour.Str("id"), name = "矩阵电表", kind = "purchased-electricity", unit = "MWh", metered = true });
        var device = await op.PostAsync($"{park}/devices", new { sourceId = meteredSource.Str("id"), meterId = $"SEC-{suffix}", unit = "MWh", intervalMinutes = 15 });
        var evidence = await UploadEvidenceAsync(op, park, "meter-readings.txt", "grid meter readings 2024");
        await op.PostAsync($"{park}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 2000, unit = "MWh" },
                new { id = "ccer", kind = "offset", quantity = 5000, unit = "tCO2e", instrument = "CCER", serial },
            },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"{park}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        var evaluation = await op.PostAsync($"{park}/evaluations", new
        {
            year = 2024, scheme = "cers-2025-provisional",
            management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
        });
        await op.SendAsync(HttpMethod.Put, $"{park}/pathway-target", new { scheme = "cers-2025-provisional", grade = "A", year = 2026, baselineYear = 2024 }, HttpStatusCode.OK);
        var scenario = await op.PostAsync($"{park}/pathway-scenarios", new
        {
            name = "矩阵情景", measures = new object[] { new { id = "m1", kind = "offset", startYear = 2025, quantity = 100 } },
            management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
        });
        var subscription = await body.PostAsync("/api/v1/webhook-subscriptions", new { url = $"http://127.0.0.1:{platform.WebhookReceiverPorts[0]}/matrix-{suffix}", events = new[] { "*" } });
        var application = await op.PostAsync("/api/v1/certification-applications",
            new { parkId, evaluationId = evaluation.Str("id"), certificationBodyId = bodyA.OrganizationId });
        var approval = await body.PostAsync($"/api/v1/certification-applications/{application.Str("id")}/decisions",
            new { decision = "approve", comment = "Checked for the security matrix." }, HttpStatusCode.OK);
        using var scheme = await op.GetAsync("/api/v1/schemes/cers-2025-provisional");

        var adminToken = await platform.TokenAsync(operatorA.ClientId, operatorA.ClientSecret);
        var signingKey = await File.ReadAllTextAsync(Path.Combine(platform.Platform.Options.DataFolder, "identity", "identity-keys", "development-SigningKey.pem"));
        var world = new SecurityWorld
        {
            OperatorA = operatorA, ParkId = parkId, ResignedValidToken = ForgedTokens.Resigned(adminToken, signingKey, TimeSpan.FromMinutes(10)),
        };
        world._tokens[Caller.ExpiredToken] = ForgedTokens.Expired(adminToken, signingKey);
        world._tokens[Caller.TamperedSignature] = ForgedTokens.TamperedSignature(adminToken);
        world._tokens[Caller.AlgNone] = ForgedTokens.AlgNone(adminToken);
        world._tokens[Caller.OtherTenantOperator] = await platform.TokenAsync(operatorB.ClientId, operatorB.ClientSecret);
        world._tokens[Caller.OtherRegionAuthority] = await platform.TokenAsync(authority.ClientId, authority.ClientSecret);
        world._tokens[Caller.UnassignedCertificationBody] = await platform.TokenAsync(unassignedBody.ClientId, unassignedBody.ClientSecret);
        foreach (var (caller, token) in await RevokedTokens.MakeAsync(platform, admin, operatorA.OrganizationId)) world._tokens[caller] = token;
        world._tokens[Caller.Viewer] = await platform.TokenAsync(viewerClient.Str("clientId"), viewerClient.Str("clientSecret"));
        world._tokens[Caller.ParkEnterprise] = await platform.TokenAsync(enterpriseClient.Str("clientId"), enterpriseClient.Str("clientSecret"));
        foreach (var scope in new[] { "identity", "park-registry" })
            world._otherAudienceTokens[scope] = await platform.TokenAsync(operatorA.ClientId, operatorA.ClientSecret, scope);

        world.Values["year"] = "2024";
        world.Values["release"] = "cn-2025.1";
        world.Values["scheme"] = "cers-2025-provisional";
        world.Values["line"] = "grid";
        world.Values["park"] = parkId;
        world.Values["operatorOrg"] = operatorA.OrganizationId;
        world.Values["bodyA"] = bodyA.OrganizationId;
        world.Values["enterprise"] = enterprise.Str("id");
        world.Values["enterpriseOrg"] = enterpriseOrg.Str("id");
        world.Values["evidence"] = evidence;
        world.Values["instrument"] = instrument.Str("id");
        world.Values["meteredSource"] = meteredSource.Str("id");
        world.Values["device"] = device.GetProperty("device").Str("id");
        world.Values["evaluation"] = evaluation.Str("id");
        world.Values["scenario"] = scenario.Str("id");
        world.Values["application"] = application.Str("id");
        world.Values["certificate"] = approval.Str("certificateNumber");
        world.Values["subscription"] = subscription.Str("id");
        world.Values["schemeDefinition"] = await scheme.Content.ReadAsStringAsync();
        world.Values["viewerClientId"] = viewerClient.Str("clientId");
        world.Values["viewerClientSecret"] = viewerClient.Str("clientSecret");
        world.Values["person"] = person.Str("id");
        world.Values["deadLetterService"] = "accounting";
        world.Values["submission"] = Guid.NewGuid().ToString();

        world.TenantAIdentifiers["park id"] = parkId;
        world.TenantAIdentifiers["park name"] = parkName;
        world.TenantAIdentifiers["organisation id"] = operatorA.OrganizationId;
        world.TenantAIdentifiers["organisation name"] = $"矩阵甲园区管委会 {suffix}";
        world.TenantAIdentifiers["CCER serial"] = serial;
        world.TenantAIdentifiers["evaluation id"] = evaluation.Str("id");
        world.TenantAIdentifiers["application id"] = application.Str("id");
        world.TenantAIdentifiers["body A's webhook url"] = $"matrix-{suffix}";
        return world;
    }

    public static async Task<string> UploadEvidenceAsync(HttpClient http, string park, string fileName, string text)
    {
        using var response = await http.PostAsync($"{park}/evidence", EvidenceForm(fileName, text));
        var answer = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(response.StatusCode == HttpStatusCode.Created, $"evidence upload: {(int)response.StatusCode} {answer}");
        return System.Text.Json.JsonDocument.Parse(answer).RootElement.Str("id");
    }

    public static MultipartFormDataContent EvidenceForm(string fileName, string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
