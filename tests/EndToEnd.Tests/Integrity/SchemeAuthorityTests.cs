using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>Item 3: an authority's scheme is its region's, never "official", and results say whose it is.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SchemeAuthorityTests(PlatformFixture platform)
{
    private static readonly Dictionary<string, object> Declared = new() { ["G1"] = 0.9, ["G2"] = true, ["G3"] = 0.9, ["G4"] = 0.6, ["G5"] = 0.9 };

    private static async Task<(HttpClient Operator, string ParkId)> ParkAsync(HttpClient admin, PlatformFixture platform, string region, string parkRegion)
    {
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "园区 scheme " + Guid.NewGuid().ToString("N")[..6], region);
        var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "园区 scheme " + Guid.NewGuid().ToString("N")[..6], parkRegion);
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024, lines = new object[] { new { id = "gas", kind = "fuel-combustion", quantity = 10, unit = "10^4Nm3", fuel = "natural-gas" } },
        }, System.Net.HttpStatusCode.Accepted);
        await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=ndrc-910-2025", i => i.Str("status") == "current");
        return (op, parkId);
    }

    [Fact]
    public async Task Only_the_platform_administrator_publishes_an_official_scheme_and_a_region_s_scheme_grades_only_its_region_s_parks()
    {
        using var admin = await platform.AdminAsync();
        var jiangsu = await Tenants.CreateAsync(admin, "regional-authority", "江苏 official " + Guid.NewGuid().ToString("N")[..6], "320000");
        using var js = await platform.ClientAsync(jiangsu.ClientId, jiangsu.ClientSecret);
        var definition = JsonNode.Parse((await js.GetJsonAsync("/api/v1/schemes/hunan-2027")).GetRawText())!.AsObject();
        definition["id"] = "jiangsu-official-" + Guid.NewGuid().ToString("N")[..6];
        definition["status"] = "official";

        var refused = await js.PostAsync("/api/v1/schemes", definition, HttpStatusCode.Forbidden);
        Assert.Equal("official-needs-platform-admin", refused.GetProperty("errors")[0].Str("code"));
        await js.GetJsonAsync($"/api/v1/schemes/{definition["id"]}", HttpStatusCode.NotFound);
        definition["status"] = "secondary-source";
        await js.PostAsync("/api/v1/schemes", definition);
        var id = definition["id"]!.GetValue<string>();

        var (zhejiangOperator, zhejiangPark) = await ParkAsync(admin, platform, "330000", "330106");
        using (zhejiangOperator)
        {
            var other = await zhejiangOperator.PostAsync($"/api/v1/parks/{zhejiangPark}/evaluations",
                new { year = 2024, scheme = id, indicators = Declared }, HttpStatusCode.BadRequest);
            Assert.Equal("scheme-of-another-region", other.GetProperty("errors")[0].Str("code"));
            Assert.Empty((await zhejiangOperator.GetJsonAsync($"/api/v1/parks/{zhejiangPark}/evaluations")).GetProperty("items").EnumerateArray());
        }
        var (jiangsuOperator, jiangsuPark) = await ParkAsync(admin, platform, "320500", "320571");
        using (jiangsuOperator)
        {
            var own = (await jiangsuOperator.PostAsync($"/api/v1/parks/{jiangsuPark}/evaluations", new { year = 2024, scheme = id, indicators = Declared })).Str("id");
            var result = await jiangsuOperator.GetJsonAsync($"/api/v1/parks/{jiangsuPark}/evaluations/{own}");
            Assert.Equal(("region:320000", "secondary-source"), (result.Str("schemeOwner"), result.Str("schemeStatus")));
            var national = (await jiangsuOperator.PostAsync($"/api/v1/parks/{jiangsuPark}/evaluations",
                new { year = 2024, scheme = "hunan-2027", indicators = Declared })).Str("id");
            Assert.Equal("platform", (await jiangsuOperator.GetJsonAsync($"/api/v1/parks/{jiangsuPark}/evaluations/{national}")).Str("schemeOwner"));
        }
    }
}
