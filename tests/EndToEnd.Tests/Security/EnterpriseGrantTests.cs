using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>Issue 23: an enterprise reads its park's totals only while the park's operator grants them, and never a line.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EnterpriseGrantTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_enterprise_reads_the_park_s_totals_only_while_its_operator_grants_them()
    {
        using var admin = await platform.AdminAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", $"授权运营方 {unique}", "320500");
        using var op = await platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, operatorTenant, $"授权示范园 {unique}", "320571");
        var park = $"/api/v1/parks/{parkId}";
        var (granted, grantedOrg) = await EnterpriseAsync(op, park, parkId, $"授权企业 {unique}");
        var (neighbour, _) = await EnterpriseAsync(op, park, parkId, $"邻厂 {unique}");
        await op.PostAsync($"{park}/activity-records", new
        {
            year = 2024, lines = new object[] { new { id = "grid", kind = "purchased-electricity", quantity = 1200, unit = "MWh" } },
        }, HttpStatusCode.Accepted);
        await op.EventuallyAsync($"{park}/inventories/2024?method=cers-2025", i => i.Str("status") == "current");
        var totals = $"{park}/inventories/2024/totals?method=cers-2025";
        var evaluation = await op.PostAsync($"{park}/evaluations", new
        {
            year = 2024, scheme = "cers-2025-provisional",
            management = new Dictionary<string, object> { ["P1"] = true, ["P2"] = 1.0, ["P4"] = true, ["P5"] = true, ["L1"] = 1.0, ["L2"] = 6, ["L5"] = true },
        });

        await granted.GetJsonAsync(totals, HttpStatusCode.NotFound);
        await granted.GetJsonAsync($"{park}/evaluations", HttpStatusCode.NotFound);

        var view = await op.SendAsync(HttpMethod.Put, $"/api/v1/organizations/{grantedOrg}/grants", new { parkTotals = true }, HttpStatusCode.OK);
        Assert.True(view.GetProperty("readsParkTotals").GetBoolean());
        var asOperator = await op.GetJsonAsync(totals);
        var asEnterprise = await granted.GetJsonAsync(totals);
        Assert.Equal(asOperator.GetProperty("totals").GetRawText(), asEnterprise.GetProperty("totals").GetRawText());
        Assert.True(asEnterprise.GetProperty("totals").Num("scope2Location") > 0);
        Assert.False(asEnterprise.TryGetProperty("largest", out _), "the totals name no line");
        await granted.GetJsonAsync($"{park}/evaluations/{evaluation.Str("id")}");
        // The grant is the totals, not the lines nor the ledger; the enterprise beside it holds no grant.
        await granted.GetJsonAsync($"{park}/inventories/2024?method=cers-2025", HttpStatusCode.NotFound);
        await granted.GetJsonAsync($"{park}/inventories/2024/lines?method=cers-2025", HttpStatusCode.NotFound);
        await granted.GetJsonAsync($"{park}/inventories/2024/summary?method=cers-2025", HttpStatusCode.NotFound);
        await granted.GetJsonAsync($"{park}/ledger?year=2024", HttpStatusCode.NotFound);
        await neighbour.GetJsonAsync(totals, HttpStatusCode.NotFound);

        await op.SendAsync(HttpMethod.Put, $"/api/v1/organizations/{grantedOrg}/grants", new { parkTotals = false }, HttpStatusCode.OK);
        await granted.GetJsonAsync(totals, HttpStatusCode.NotFound);
        await granted.GetJsonAsync($"{park}/evaluations", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_an_enterprise_is_granted_the_park_s_totals()
    {
        using var admin = await platform.AdminAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var authority = await Tenants.CreateAsync(admin, "regional-authority", $"授权主管部门 {unique}", "320000");
        var problem = await admin.SendAsync(HttpMethod.Put, $"/api/v1/organizations/{authority.OrganizationId}/grants", new { parkTotals = true },
            HttpStatusCode.BadRequest);
        Assert.Contains("not-an-enterprise", problem.GetRawText());
    }

    private async Task<(HttpClient Client, string OrganizationId)> EnterpriseAsync(HttpClient op, string park, string parkId, string name)
    {
        var enterprise = await op.PostAsync($"{park}/enterprises", new { name, keyEnergyUser = false });
        var organization = await op.PostAsync("/api/v1/organizations", new { name, kind = "enterprise", parkId, enterpriseId = enterprise.Str("id") });
        var client = await op.PostAsync($"/api/v1/organizations/{organization.Str("id")}/api-clients",
            new { name = $"{name} client", roles = new[] { "enterprise-viewer" } });
        return (await platform.ClientAsync(client.Str("clientId"), client.Str("clientSecret")), organization.Str("id"));
    }
}
