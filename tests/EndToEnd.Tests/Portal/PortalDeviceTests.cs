using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>Issue 23: the operator's device list shows a meter's gap and counter reset, and the payloads it refused.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PortalDeviceTests(PortalWorld world) : IClassFixture<PortalWorld>
{
    [Fact]
    public async Task The_device_list_shows_a_meter_s_gap_its_counter_reset_and_a_refused_payload()
    {
        using var admin = await world.Platform.AdminAsync();
        var park = $"/api/v1/parks/{world.FlowPark}";
        var enterprise = await admin.PostAsync($"{park}/enterprises", new { name = $"计量企业 {world.Suffix}", keyEnergyUser = false });
        var source = await admin.PostAsync($"{park}/emission-sources",
            new { enterpriseId = enterprise.Str("id"), name = $"3# 电表 {world.Suffix}", kind = "purchased-electricity", unit = "MWh", metered = true });
        var meterId = $"PT-{world.Suffix}";
        var issued = await admin.PostAsync($"{park}/devices", new { sourceId = source.Str("id"), meterId, unit = "MWh", intervalMinutes = 60 });
        var deviceId = issued.GetProperty("device").Str("id");

        using var meter = new HttpClient { BaseAddress = world.Platform.Gateway.BaseAddress };
        meter.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{issued.Str("username")}:{issued.Str("secret")}")));
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, now.Offset).AddHours(-10);
        // Hours 0–2, silence until hour 6 (a gap), then the register goes back at hour 7 (a reset).
        var readings = new[] { (0, 100.0), (1, 110.0), (2, 120.0), (6, 130.0), (7, 5.0) }
            .Select(r => new { time = start.AddHours(r.Item1).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture), value = r.Item2 }).ToArray();
        using (var sent = await meter.PostAsJsonAsync($"/api/v1/devices/{deviceId}/readings", readings))
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        using (var refused = await meter.PostAsync($"/api/v1/devices/{deviceId}/readings", new StringContent("not json", Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var page = await world.Browser.SignInAsync(world.PortalUrl, world.OperatorAdmin.UserName, world.OperatorAdmin.Password);
        await page.GotoAsync($"/parks/{world.FlowPark}/devices?year={now.Year}");
        var row = page.Locator("#devices tbody tr", new() { HasText = meterId });
        Assert.True(await row.Locator("li[data-kind=gap]").CountAsync() >= 1, await row.InnerTextAsync());
        Assert.Equal(1, await row.Locator("li[data-kind=reset]").CountAsync());
        Assert.Equal("1", await row.Locator("td.refused").GetAttributeAsync("data-refused"));
        await world.Browser.ScreenshotAsync(page, "45-device-flags");
    }
}
