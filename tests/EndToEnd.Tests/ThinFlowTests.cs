using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public class ThinFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_park_goes_from_registration_to_a_publicly_verified_certificate()
    {
        using var admin = await platform.AdminAsync();
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "苏州工业园区管委会 " + Guid.NewGuid().ToString("N")[..6], "320500");
        var body = await Tenants.CreateAsync(admin, "certification-body", "中碳认证 " + Guid.NewGuid().ToString("N")[..6]);
        using var op = await platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        var parkName = "零碳示范园 " + Guid.NewGuid().ToString("N")[..6];
        var parkId = await Tenants.ParkAsync(op, operatorTenant, parkName, "320571");

        var batch = await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024,
            lines = new object[]
            {
                new { id = "gas", kind = "fuel-combustion", quantity = 120.5, unit = "10^4Nm3", fuel = "natural-gas" },
                new { id = "grid", kind = "purchased-electricity", quantity = 5000, unit = "MWh" },
                new { id = "logistics", kind = "scope3", quantity = 300, unit = "tCO2e", category = 4 },
                new { id = "ccer", kind = "offset", quantity = 9000, unit = "tCO2e", instrument = "CCER", serial = "CCER-E2E-" + Guid.NewGuid().ToString("N") },
            },
        }, HttpStatusCode.Accepted);
        Assert.True(Guid.TryParse(batch.Str("batchId"), out _));

        // Accounting learns of the batch by event and computes the inventory; the figures follow the reference data.
        var inventory = await op.EventuallyAsync($"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        var gas = ReferenceData.DefaultFuelCo2("natural-gas", 120.5);
        var grid = 5000 * ReferenceData.NationalFactor("grid-average", 2023); // newest national vintage not after 2024
        Assert.Equal(gas, inventory.GetProperty("totals").Num("scope1"), 6);
        Assert.Equal(grid, inventory.GetProperty("totals").Num("scope2Location"), 6);
        Assert.Equal("cn-2025.1", inventory.Str("factorRelease"));
        Assert.Contains(Tenants.Line(inventory, "gas").GetProperty("inputs").EnumerateArray(), input => input.Str("origin").Contains("fuel/natural-gas/ncv"));

        var evaluation = await op.PostAsync($"/api/v1/parks/{parkId}/evaluations", new
        {
            year = 2024,
            scheme = "cers-2025-provisional",
            management = new Dictionary<string, object>
            {
                ["P1"] = true, ["P2"] = 1.0, ["P3"] = 0.5, ["P4"] = true, ["P5"] = true,
                ["L1"] = 1.0, ["L2"] = 6, ["L3"] = 0.92, ["L4"] = false, ["L5"] = true,
            },
        });
        var stored = await op.GetJsonAsync($"/api/v1/parks/{parkId}/evaluations/{evaluation.Str("id")}");
        var totals = inventory.GetProperty("totals");
        Assert.True(totals.Num("ratio123") >= 1.0);
        // The ledger kept here decides P3, L3 and L4 whatever was declared: all four lines came by the API (P3 = 1),
        // none has evidence (L3 = 0), the chain verifies (L4 = yes). P2 and L1 stay declared: no enterprises or
        // sources are registered. Score: 15 + 15 + 10 + 10 + 10 + 15 + 5 + 0 + 5 + 5 = 90.
        var management = stored.GetProperty("management").EnumerateArray().ToDictionary(m => m.Str("code"));
        Assert.Equal(("computed", 1.0), (management["P3"].Str("provenance"), management["P3"].GetProperty("value").GetDouble()));
        Assert.Equal(("computed", 0.0), (management["L3"].Str("provenance"), management["L3"].GetProperty("value").GetDouble()));
        Assert.Equal(("computed", true), (management["L4"].Str("provenance"), management["L4"].GetProperty("value").GetBoolean()));
        Assert.Equal("declared", management["P2"].Str("provenance"));
        Assert.Equal(90.0, stored.Num("managementScore"), 6);
        var facts = stored.GetProperty("ledgerFacts");
        Assert.Equal((4, 4, 0), (facts.GetProperty("records").GetInt32(), facts.GetProperty("automatedRecords").GetInt32(),
            facts.TryGetProperty("evidencedRecords", out var evidenced) ? evidenced.GetInt32() : 0));
        Assert.Equal("AAA", stored.Str("grade")); // ratio123 ≥ 1, scope 3 reported, management score ≥ 90
        Assert.Equal(inventory.GetProperty("version").GetInt32(), stored.GetProperty("inventoryVersion").GetInt32());

        var application = await op.PostAsync("/api/v1/certification-applications",
            new { parkId, evaluationId = evaluation.Str("id"), certificationBodyId = body.OrganizationId });
        using var certifier = await platform.ClientAsync(body.ClientId, body.ClientSecret);
        var decision = await certifier.PostAsync($"/api/v1/certification-applications/{application.Str("id")}/decisions",
            new { decision = "approve", comment = "Inventory and evidence checked." }, HttpStatusCode.OK);
        Assert.Equal("approved", decision.Str("status"));
        var number = decision.Str("certificateNumber");
        Assert.Matches(@"^CNCP-\d{4}-\d{6}$", number);

        using var anonymous = new HttpClient { BaseAddress = platform.Gateway.BaseAddress };
        var certificate = await anonymous.GetJsonAsync($"/api/v1/certificates/{number}");
        Assert.Equal(parkName, certificate.Str("parkName"));
        Assert.Equal("AAA", certificate.Str("grade"));
        Assert.Equal("valid", certificate.Str("status"));
        Assert.Equal("cers-2025-provisional", certificate.Str("scheme"));

        // The park registry hears of the certificate by event and moves the park along its lifecycle.
        await op.EventuallyAsync($"/api/v1/parks/{parkId}", p => p.Str("stage") == "certified");
    }
}
