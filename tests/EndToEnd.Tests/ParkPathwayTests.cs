using System.Text.Json;
using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>A park's target and stored scenarios (#19): the operator writes, the region's authority reads, others see nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ParkPathwayTests(PlatformFixture platform)
{
    private static readonly Dictionary<string, object> Management = new()
    {
        ["P1"] = true, ["P2"] = 0.95, ["P3"] = 0.9, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L3"] = 0.92, ["L4"] = true, ["L5"] = true,
    };

    [Fact]
    public async Task Stored_scenarios_are_projected_from_the_parks_current_inventory_and_compared_side_by_side()
    {
        using var admin = await platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Pathway operator " + suffix, "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Pathway park " + suffix, "320571");
        var park = $"/api/v1/parks/{parkId}";
        await op.PostAsync($"{park}/activity-records", new
        {
            year = 2025,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" },
                new { id = "freight", kind = "scope3", category = 4, quantity = 100, unit = "tCO2e" },
            },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"{park}/inventories/2025?method=cers-2025", i => i.Str("status") == "current");

        // No target yet: a scenario has nothing to be projected against.
        await op.SendAsync(HttpMethod.Post, $"{park}/pathway-scenarios", new { name = "early", measures = Array.Empty<object>() }, HttpStatusCode.Conflict);
        await op.SendAsync(HttpMethod.Put, $"{park}/pathway-target", new { scheme = "cers-2025-provisional", grade = "A", year = 2027, baselineYear = 2025 }, HttpStatusCode.OK);
        var offsets = await op.PostAsync($"{park}/pathway-scenarios", new
        {
            name = "CCER from 2026", management = Management,
            measures = new object[] { new { id = "ccer", kind = "offset", startYear = 2026, quantity = 800, opexPerYear = 48000 } },
        });
        var green = await op.PostAsync($"{park}/pathway-scenarios", new
        {
            name = "Green power from 2027", management = Management,
            measures = new object[] { new { id = "gpt", kind = "green-electricity", startYear = 2027, quantity = 1000, opexPerYear = 30000 } },
        });
        var bad = await op.SendAsync(HttpMethod.Post, $"{park}/pathway-scenarios", new
        {
            name = "bad", measures = new object[] { new { id = "eff", kind = "efficiency", startYear = 2026, line = "boiler", percent = 10 } },
        }, HttpStatusCode.BadRequest);
        Assert.Equal("measures[0].line", bad.GetProperty("errors")[0].Str("field"));

        var one = await op.GetJsonAsync($"{park}/pathway-scenarios/{offsets.Str("id")}");
        var years = one.GetProperty("projection").GetProperty("years");
        Assert.Equal([2025, 2026, 2027], years.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(0, years[0].GetProperty("totals").Num("neutralisation"));
        Assert.Equal(800, years[1].GetProperty("totals").Num("neutralisation"), 9);

        var comparison = await op.GetJsonAsync($"{park}/pathway-comparison");
        Assert.Equal(["CCER from 2026", "Green power from 2027"], comparison.GetProperty("scenarios").EnumerateArray().Select(s => s.Str("name")));
        Assert.Equal(96000, comparison.GetProperty("scenarios")[0].GetProperty("projection").Num("totalCost"));

        // The region's authority reads the park's pathways; another region's and another operator see no such park.
        var jiangsu = await Tenants.CreateAsync(admin, "regional-authority", "江苏 pathway authority " + suffix, "320000");
        var zhejiang = await Tenants.CreateAsync(admin, "regional-authority", "浙江 pathway authority " + suffix, "330000");
        using var inRegion = await platform.ClientAsync(jiangsu.ClientId, jiangsu.ClientSecret);
        using var outOfRegion = await platform.ClientAsync(zhejiang.ClientId, zhejiang.ClientSecret);
        // The scenarios are a list like every other: newest first, in pages.
        var first = await inRegion.GetJsonAsync($"{park}/pathway-scenarios?limit=1");
        Assert.Equal("Green power from 2027", Assert.Single(first.GetProperty("items").EnumerateArray()).Str("name"));
        var second = await inRegion.GetJsonAsync($"{park}/pathway-scenarios?limit=1&cursor={Uri.EscapeDataString(first.Str("nextCursor"))}");
        Assert.Equal("CCER from 2026", Assert.Single(second.GetProperty("items").EnumerateArray()).Str("name"));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal("A", (await inRegion.GetJsonAsync($"{park}/pathway-target")).Str("grade"));
        await inRegion.SendAsync(HttpMethod.Put, $"{park}/pathway-target", new { scheme = "cers-2025-provisional", grade = "C", year = 2027, baselineYear = 2025 }, HttpStatusCode.Forbidden);
        await outOfRegion.SendAsync(HttpMethod.Get, $"{park}/pathway-comparison", null, HttpStatusCode.NotFound);
        _ = green;
    }
}
