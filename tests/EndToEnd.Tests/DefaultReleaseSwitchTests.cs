using System.Net;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>
/// The administrator makes cn-2026.1 the default, on a platform of its own (the shared vectors keep running on
/// cn-2025.1): inventories are recomputed, what was pinned stays readable and says so. That platform runs two replicas
/// of every service on PostgreSQL (#15): every inventory ends current on the new release whichever accounting replica
/// heard of it.
/// </summary>
[Collection(IsolatedPlatformCollection.Name)]
public sealed class DefaultReleaseSwitchTests(IsolatedPlatformFixture isolated)
{
    private PlatformFixture Platform => isolated.Platform;

    [Fact]
    public async Task Making_cn_2026_1_the_default_recomputes_inventories_while_certified_versions_and_pinned_evaluations_stay_and_say_so()
    {
        using var admin = await Platform.AdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "无锡园区管委会 " + suffix, "320200");
        var bodyTenant = await Tenants.CreateAsync(admin, "certification-body", "评价机构 " + suffix);
        using var op = await Platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        using var body = await Platform.ClientAsync(bodyTenant.ClientId, bodyTenant.ClientSecret);
        var certifiedPark = await Tenants.ParkAsync(op, operatorTenant, "无锡零碳园 " + suffix, "320214");
        var otherPark = await Tenants.ParkAsync(op, operatorTenant, "无锡二园 " + suffix, "320214");
        foreach (var park in new[] { certifiedPark, otherPark })
            await op.PostAsync($"/api/v1/parks/{park}/activity-records", new
            {
                year = 2025,
                lines = new object[]
                {
                    new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" },
                    new { id = "ccer", kind = "offset", quantity = 5000, unit = "tCO2e", instrument = "CCER", serial = "CCER-SWITCH-" + Guid.NewGuid().ToString("N") },
                },
            }, HttpStatusCode.Accepted);
        string Inventory(string park) => $"/api/v1/parks/{park}/inventories/2025?method=cers-2025";
        var before = await op.EventuallyAsync(Inventory(certifiedPark), i => i.Str("status") == "current");
        await op.EventuallyAsync(Inventory(otherPark), i => i.Str("status") == "current");
        var oldRelease = before.Str("factorRelease");
        Assert.NotEqual("cn-2026.1", oldRelease);
        // cn-2026.1 exists but is not the default: nothing is stale ("stale" = a newer DEFAULT release exists).
        Assert.Equal("current", (await op.GetJsonAsync(Inventory(certifiedPark))).Str("status"));

        // A park may look at its data on cn-2026.1 before anyone switches: computed, not stored.
        var preview = await op.GetJsonAsync(Inventory(otherPark) + "&factorRelease=cn-2026.1");
        Assert.Equal(("preview", "cn-2026.1"), (preview.Str("status"), preview.Str("factorRelease")));
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("version").ValueKind);
        var residual = Tenants.Line(preview, "grid").GetProperty("inputs").EnumerateArray().Single(i => i.Str("name") == "residualMixFactor");
        Assert.Equal(("electricity/residual-mix/national/CN/2023@cn-2026.1", "unverified"), (residual.Str("origin"), residual.Str("status")));
        await op.GetJsonAsync(Inventory(otherPark) + "&factorRelease=cn-1999.9", HttpStatusCode.BadRequest);

        // The certified park: evaluated, applied, approved on the old release.
        var evaluationId = (await op.PostAsync($"/api/v1/parks/{certifiedPark}/evaluations", new
        {
            year = 2025, scheme = "cers-2025-provisional",
            management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
        })).Str("id");
        var evaluationPath = $"/api/v1/parks/{certifiedPark}/evaluations/{evaluationId}";
        await op.EventuallyAsync($"/api/v1/parks/{certifiedPark}", p => p.Str("stage") == "self-evaluated");
        var application = (await op.PostAsync("/api/v1/certification-applications",
            new { parkId = certifiedPark, evaluationId, certificationBodyId = bodyTenant.OrganizationId })).Str("id");
        var approved = await body.PostAsync($"/api/v1/certification-applications/{application}/decisions",
            new { decision = "approve", comment = "Inventory and lineage checked." }, HttpStatusCode.OK);
        var certificate = approved.Str("certificateNumber");

        // Only the platform administrator moves the default.
        await op.PostAsync("/api/v1/factor-releases/cn-2026.1/default", new { }, HttpStatusCode.Forbidden);
        await admin.PostAsync("/api/v1/factor-releases/cn-9999.1/default", new { }, HttpStatusCode.NotFound);
        Assert.True((await admin.PostAsync("/api/v1/factor-releases/cn-2026.1/default", new { }, HttpStatusCode.OK)).GetProperty("changed").GetBoolean());
        Assert.False((await admin.PostAsync("/api/v1/factor-releases/cn-2026.1/default", new { }, HttpStatusCode.OK)).GetProperty("changed").GetBoolean());
        var defaults = (await admin.GetJsonAsync("/api/v1/factor-releases")).GetProperty("items").EnumerateArray().Where(r => r.GetProperty("isDefault").GetBoolean());
        Assert.Equal(["cn-2026.1"], defaults.Select(r => r.Str("name")));

        // Every inventory is recomputed on it, the certified year included, as a new version.
        foreach (var park in new[] { certifiedPark, otherPark })
        {
            var after = await op.EventuallyAsync(Inventory(park), i => i.Str("factorRelease") == "cn-2026.1" && i.Str("status") == "current");
            Assert.True(after.GetProperty("version").GetInt32() > 1);
            var grid = Tenants.Line(after, "grid").GetProperty("inputs").EnumerateArray().Single(i => i.Str("name") == "residualMixFactor");
            Assert.Equal("electricity/residual-mix/national/CN/2023@cn-2026.1", grid.Str("origin"));
        }

        // The certified version stays what was certified, and readable.
        var app = await op.GetJsonAsync($"/api/v1/certification-applications/{application}");
        Assert.Equal((before.GetProperty("version").GetInt32(), oldRelease), (app.GetProperty("inventoryVersion").GetInt32(), app.Str("factorRelease")));
        var pinned = await op.GetJsonAsync(Inventory(certifiedPark) + $"&version={before.GetProperty("version").GetInt32()}");
        Assert.Equal((oldRelease, "superseded"), (pinned.Str("factorRelease"), pinned.Str("status")));
        Assert.Equal(before.GetProperty("totals").Num("scope2Market"), pinned.GetProperty("totals").Num("scope2Market"));
        Assert.Equal("valid", (await Platform.Gateway.GetJsonAsync($"/api/v1/certificates/{certificate}")).Str("status"));

        // The evaluation pinned to the old release says so.
        var evaluation = await op.EventuallyAsync(evaluationPath, e => e.GetProperty("stale").GetBoolean()
            && e.GetProperty("newerInventory").ValueKind == JsonValueKind.Object
            && e.GetProperty("newerInventory").Str("factorRelease") == "cn-2026.1");
        Assert.Equal(("factor-release", oldRelease), (evaluation.Str("staleReason"), evaluation.Str("factorRelease")));
        Assert.Equal(before.GetProperty("version").GetInt32(), evaluation.GetProperty("inventoryVersion").GetInt32());
    }
}
