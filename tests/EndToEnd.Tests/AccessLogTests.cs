using System.Net;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class AccessLogTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_operator_sees_that_the_regional_authority_read_its_parks_inventory()
    {
        using var admin = await platform.AdminAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", "常熟高新区运营 " + unique, "320500");
        var authorityTenant = await Tenants.CreateAsync(admin, "regional-authority", "江苏省生态环境厅 " + unique, "320000");
        using var op = await platform.ClientAsync(operatorTenant.ClientId, operatorTenant.ClientSecret);
        using var authority = await platform.ClientAsync(authorityTenant.ClientId, authorityTenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, operatorTenant, "常熟高新区 " + unique, "320581");
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new
        {
            year = 2024, lines = new object[] { new { id = "grid", kind = "purchased-electricity", quantity = 1200, unit = "MWh" } },
        }, HttpStatusCode.Accepted);
        var inventory = $"/api/v1/parks/{parkId}/inventories/2024?method=cers-2025";
        await op.EventuallyAsync(inventory, i => i.Str("status") == "current");

        await authority.GetJsonAsync(inventory);

        // Reads travel in batches (every 2 s) over the broker to the park registry: the entry appears after a while.
        var log = await op.EventuallyAsync($"/api/v1/parks/{parkId}/access-log",
            l => l.GetProperty("items").EnumerateArray().Any(e => ByAuthority(e, authorityTenant)), TimeSpan.FromSeconds(60));
        var read = log.GetProperty("items").EnumerateArray().First(e => ByAuthority(e, authorityTenant));
        Assert.Equal("accounting", read.Str("service"));
        Assert.Equal("/api/v1/parks/{parkId:guid}/inventories/{year:int}", read.Str("route"));
        Assert.Equal("regional-authority", read.Str("organizationKind"));
        Assert.Equal("江苏省生态环境厅 " + unique, read.Str("organizationName"));
        Assert.Equal(authorityTenant.ClientId, read.Str("clientId"));
        // The operator's own reads are in the log too; the authority may see the park but not who read it.
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.Str("organizationId") == operatorTenant.OrganizationId);
        await authority.GetJsonAsync($"/api/v1/parks/{parkId}/access-log", HttpStatusCode.Forbidden);
    }

    private static bool ByAuthority(JsonElement entry, Tenant authority) =>
        entry.Str("organizationId") == authority.OrganizationId && entry.Str("route").Contains("/inventories/", StringComparison.Ordinal);
}
