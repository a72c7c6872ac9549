using System.Net;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Integrity;

/// <summary>Item 4: the channel comes from who wrote the data, never from the body.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ChannelTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_hand_typed_batch_calling_itself_a_meter_is_refused_and_an_api_client_s_lines_are_recorded_as_api()
    {
        using var admin = await platform.AdminAsync();
        var tenant = await Tenants.CreateAsync(admin, "park-operator", "园区 channel " + Guid.NewGuid().ToString("N")[..6], "320500");
        using var op = await platform.ClientAsync(tenant.ClientId, tenant.ClientSecret);
        var parkId = await Tenants.ParkAsync(op, tenant, "园区 channel " + Guid.NewGuid().ToString("N")[..6], "320571");
        var line = new { id = "grid", kind = "purchased-electricity", quantity = 10, unit = "MWh" };

        var meter = await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new { year = 2024, channel = "meter", lines = new[] { line } },
            HttpStatusCode.BadRequest);
        Assert.Equal("invalid-channel", meter.GetProperty("errors")[0].Str("code"));
        await op.PostAsync($"/api/v1/parks/{parkId}/activity-records", new { year = 2024, lines = new[] { line } }, HttpStatusCode.Accepted);

        var ledger = await op.GetJsonAsync($"/api/v1/parks/{parkId}/ledger?year=2024");
        Assert.Equal(["api"], ledger.GetProperty("items").EnumerateArray().Select(e => e.Str("channel")));
    }
}
