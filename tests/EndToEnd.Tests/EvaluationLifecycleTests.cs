using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class EvaluationLifecycleTests(PlatformFixture platform)
{
    private static object Management => new Dictionary<string, object>
    {
        ["P1"] = true, ["P2"] = 0.8, ["P3"] = 0.8, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 5, ["L3"] = 0.9, ["L4"] = true, ["L5"] = true,
    };

    [Fact]
    public async Task A_newer_inventory_makes_an_evaluation_stale_and_a_rerun_pins_the_new_version()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "Stale operator " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "Stale park " + Guid.NewGuid().ToString("N")[..6], "320571");
        var inventoryPath = $"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025";
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" },
                new { id = "ccer", kind = "offset", quantity = 600, unit = "tCO2e", instrument = "CCER", serial = "CCER-STALE-" + Guid.NewGuid().ToString("N") },
            },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync(inventoryPath, i => i.Str("status") == "current");
        var first = (await op.PostAsync($"/api/v1/parks/{parkId}/evaluations", new { year = 2024, scheme = "cers-2025-provisional", management = Management })).Str("id");
        var before = await op.GetJsonAsync($"/api/v1/parks/{parkId}/evaluations/{first}");
        Assert.False(before.GetProperty("stale").GetBoolean());
        Assert.Equal(1, before.GetProperty("inventoryVersion").GetInt32());

        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records",
            new { year = 2024, lines = new object[] { new { id = "grid-q4", kind = "purchased-electricity", quantity = 500, unit = "MWh" } } },
            HttpStatusCode.Accepted);
        await op.EventuallyAsync(inventoryPath, i => i.GetProperty("version").GetInt32() == 2 && i.Str("status") == "current");
        await op.EventuallyAsync($"/api/v1/parks/{parkId}/evaluations/{first}", e => e.GetProperty("stale").GetBoolean());

        var rerun = await op.PostAsync($"/api/v1/parks/{parkId}/evaluations/{first}/re-evaluations", new { });
        var after = await op.GetJsonAsync($"/api/v1/parks/{parkId}/evaluations/{rerun.Str("id")}");
        Assert.Equal(2, after.GetProperty("inventoryVersion").GetInt32());
        Assert.False(after.GetProperty("stale").GetBoolean());
        Assert.Equal(first, after.Str("rerunOf"));
        Assert.Equal(1, (await op.GetJsonAsync($"/api/v1/parks/{parkId}/evaluations/{first}")).GetProperty("inventoryVersion").GetInt32());

        // Authorities see the park's latest result when it lies in their region, and nothing of it otherwise.
        var jiangsu = await Tenants.CreateAsync(admin, "regional-authority", "江苏 authority " + Guid.NewGuid().ToString("N")[..6], "320000");
        var zhejiang = await Tenants.CreateAsync(admin, "regional-authority", "浙江 authority " + Guid.NewGuid().ToString("N")[..6], "330000");
        using var inRegion = await platform.ClientAsync(jiangsu.ClientId, jiangsu.ClientSecret);
        using var outOfRegion = await platform.ClientAsync(zhejiang.ClientId, zhejiang.ClientSecret);
        var results = await inRegion.GetJsonAsync("/api/v1/park-results?year=2024&sort=ratio12");
        var row = Assert.Single(results.GetProperty("items").EnumerateArray(), r => r.Str("parkId") == parkId);
        Assert.Equal(rerun.Str("id"), row.Str("evaluationId"));
        Assert.Equal("current", row.Str("status"));
        var hidden = await outOfRegion.GetJsonAsync("/api/v1/park-results?year=2024");
        Assert.DoesNotContain(hidden.GetProperty("items").EnumerateArray(), r => r.Str("parkId") == parkId);
        await inRegion.PostAsync($"/api/v1/parks/{parkId}/evaluations", new { year = 2024, scheme = "cers-2025-provisional" }, HttpStatusCode.Forbidden);
        await outOfRegion.GetJsonAsync($"/api/v1/parks/{parkId}/evaluations/{first}", HttpStatusCode.NotFound);
    }
}
