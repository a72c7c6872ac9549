using System.Net;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>
/// An authority's view of its region's pathways (#19): each park's target and its newest stored scenario's grade by year,
/// through the gateway; another region's authority does not see the park, the national authority does.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RegionPathwayOutlookTests(PlatformFixture platform)
{
    private static readonly Dictionary<string, object> Management = new()
    {
        ["P1"] = true, ["P2"] = 0.95, ["P3"] = 0.9, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L3"] = 0.92, ["L4"] = true, ["L5"] = true,
    };

    [Fact]
    public async Task An_authority_sees_its_regions_parks_projected_grades_by_year_and_another_regions_authority_does_not()
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Outlook operator " + suffix, "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Outlook park " + suffix, "320571");
        var bareParkId = await Tenants.ParkAsync(op, tenant, "Outlook park without a plan " + suffix, "320585");
        var park = $"/api/v1/parks/{parkId}";
        await op.PostAsync($"{park}/activity-records", new
        {
            year = 2025,
            lines = new object[] { new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" } },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"{park}/inventories/2025?method=cers-2025", i => i.Str("status") == "current");
        await op.SendAsync(HttpMethod.Put, $"{park}/pathway-target", new { scheme = "cers-2025-provisional", grade = "A", year = 2027, baselineYear = 2025 }, HttpStatusCode.OK);
        await op.SendAsync(HttpMethod.Put, $"/api/v1/parks/{bareParkId}/pathway-target", new { scheme = "cers-2025-provisional", grade = "AA", year = 2030, baselineYear = 2025 }, HttpStatusCode.OK);
        await op.PostAsync($"{park}/pathway-scenarios", new
        {
            name = "first idea", management = Management,
            measures = new object[] { new { id = "sink", kind = "carbon-sink", startYear = 2027, quantity = 10 } },
        });
        var plan = await op.PostAsync($"{park}/pathway-scenarios", new
        {
            name = "CCER from 2026", management = Management,
            measures = new object[] { new { id = "ccer", kind = "offset", startYear = 2026, quantity = 800, opexPerYear = 48000 } },
        });
        var projected = (await op.GetJsonAsync($"{park}/pathway-scenarios/{plan.Str("id")}")).GetProperty("projection");

        var jiangsu = await Tenants.CreateAsync(admin, "regional-authority", "江苏 outlook authority " + suffix, "320000");
        var zhejiang = await Tenants.CreateAsync(admin, "regional-authority", "浙江 outlook authority " + suffix, "330000");
        var national = await Tenants.CreateAsync(admin, "regional-authority", "全国 outlook authority " + suffix, "100000");
        using var inRegion = await platform.ClientAsync(jiangsu.ClientId, jiangsu.ClientSecret);
        using var outOfRegion = await platform.ClientAsync(zhejiang.ClientId, zhejiang.ClientSecret);
        using var country = await platform.ClientAsync(national.ClientId, national.ClientSecret);

        // The newest scenario is the plan: its grades, year by year, are those its own projection gives.
        var seen = await FindAsync(inRegion, parkId, "?regionCode=320500&limit=2");
        Assert.NotNull(seen);
        var outlook = seen.Value;
        Assert.Equal("CCER from 2026", outlook.Str("scenarioName"));
        Assert.Equal("Outlook park " + suffix, outlook.Str("parkName"));
        Assert.Equal("A", outlook.GetProperty("target").Str("grade"));
        Assert.Equal(Grades(projected.GetProperty("years")), Grades(outlook.GetProperty("years")));
        Assert.Equal([2025, 2026, 2027], outlook.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(projected.GetProperty("reachesTarget").GetBoolean(), outlook.GetProperty("reachesTarget").GetBoolean());
        Assert.Equal(800, outlook.GetProperty("years")[1].Num("neutralisation"), 9);
        var bare = await FindAsync(inRegion, bareParkId, "?regionCode=320500&limit=2");
        Assert.Equal("no-scenario", bare!.Value.GetProperty("unavailable").Str("code"));

        Assert.Null(await FindAsync(outOfRegion, parkId, ""));
        Assert.NotNull(await FindAsync(country, parkId, "?regionCode=320571"));
        await inRegion.SendAsync(HttpMethod.Get, "/api/v1/park-results/pathways?regionCode=32x", null, HttpStatusCode.BadRequest);
    }

    private static IEnumerable<string> Grades(JsonElement years) =>
        years.EnumerateArray().Select(y => $"{y.GetProperty("year").GetInt32()}:{(y.GetProperty("grade").ValueKind == JsonValueKind.Null ? "-" : y.Str("grade"))}");

    /// <summary>The park's item, following the pages (a short limit, so more than one page is read when other tests' parks are there).</summary>
    private static async Task<JsonElement?> FindAsync(HttpClient http, string parkId, string query)
    {
        string? cursor = null;
        do
        {
            var separator = query.Length == 0 ? "?" : "&";
            var page = await http.GetJsonAsync("/api/v1/park-results/pathways" + query + (cursor is null ? "" : $"{separator}cursor={Uri.EscapeDataString(cursor)}"));
            foreach (var item in page.GetProperty("items").EnumerateArray())
                if (item.Str("parkId") == parkId) return item;
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.Str("nextCursor") : null;
        } while (cursor is not null);
        return null;
    }
}
