using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(IsolatedPlatformCollection.Name)]
public sealed class FactorReleaseTests(IsolatedPlatformFixture isolated)
{
    private PlatformFixture Platform => isolated.Platform;

    [Fact]
    public async Task Publishing_a_default_release_recomputes_inventories_and_older_versions_stay_readable()
    {
        using var admin = await Platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Release operator", "320500");
        using var op = await Platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Release park", "320571");
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records",
            new { year = 2024, lines = new object[] { new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" } } },
            HttpStatusCode.Accepted);
        var first = await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        // cn-2025.1, unless another test of this platform made cn-2026.1 the default (its national 2023 factor is the same).
        Assert.Equal(await DefaultReleaseAsync(admin), first.Str("factorRelease"));
        Assert.Equal(1000 * ReferenceData.NationalFactor("grid-average", 2023), first.GetProperty("totals").Num("scope2Location"), 6);

        // The 2024 national grid factor arrives: a release on top of cn-2025.1 with that one factor (a test value).
        var national2023 = (await admin.GetJsonAsync("/api/v1/factors?category=electricity&family=grid-average&level=national&year=2023"))
            .GetProperty("items")[0];
        var factor2024 = JsonNode.Parse(national2023.GetRawText())!.AsObject();
        factor2024["id"] = national2023.Str("id").Replace("2023", "2024", StringComparison.Ordinal);
        factor2024["vintage"] = 2024;
        factor2024["value"] = 0.5;
        factor2024["status"] = "provisional";
        factor2024["source"] = "end-to-end test value";
        await admin.PostAsync("/api/v1/factor-releases", new { name = "cn-2025.2-test", description = "test", basedOn = "cn-2025.1", makeDefault = true, factors = new[] { factor2024 } });

        var second = await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025",
            i => i.Str("factorRelease") == "cn-2025.2-test" && i.Str("status") == "current");
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(500.0, second.GetProperty("totals").Num("scope2Location"), 6);
        var pinned = await op.GetJsonAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025&version=1");
        Assert.Equal("cn-2025.1", pinned.Str("factorRelease"));
        Assert.Equal("superseded", pinned.Str("status"));
        Assert.Equal(first.GetProperty("totals").Num("scope2Location"), pinned.GetProperty("totals").Num("scope2Location"));
    }

    private static async Task<string> DefaultReleaseAsync(HttpClient http) =>
        (await http.GetJsonAsync("/api/v1/factor-releases")).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("isDefault").GetBoolean()).Str("name");

    [Fact]
    public async Task An_invalid_release_is_refused_whole_with_the_factor_named()
    {
        using var admin = await Platform.AdminAsync();
        var factor = new { id = "electricity/grid-average/national/CN/2030", category = "electricity", code = "grid-average", family = "grid-average",
            level = "national", area = "CN", vintage = 2030, value = 0.4, unit = "", source = "test", status = "provisional" };
        using var response = await admin.PostAsync("/api/v1/factor-releases",
            System.Net.Http.Json.JsonContent.Create(new { name = "cn-invalid", basedOn = "cn-2025.1", factors = new[] { factor } }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.Str("code") == "missing-unit" && e.Str("line") == factor.id);
        await admin.GetJsonAsync("/api/v1/factor-releases/cn-invalid", HttpStatusCode.NotFound);
        await admin.PostAsync("/api/v1/factor-releases", new { name = "cn-2025.1", basedOn = "cn-2025.1", factors = new[] { factor } }, HttpStatusCode.Conflict);
    }
}
