using CarbonPlatform.Portal.Localization;
using CarbonPlatform.Portal.Platform;
using CarbonPlatform.Portal.Region;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

public sealed class RegionSheetTests
{
    [Fact]
    public void A_row_keeps_numbers_as_numbers_and_names_the_certificate_status_in_the_pages_language()
    {
        var park = new ParkView(Guid.NewGuid(), "苏州园", "320571", Guid.NewGuid(), "certified");
        var result = new ParkResult(park.Id, park.Name, park.RegionCode, 2024, "cers-2025-provisional", "AA", true, 0.85, 0.7, 1.25, "current", Guid.NewGuid());

        var zh = RegionSheet.Row(new RegionRow(park, result, "valid"), Text("zh"));
        var en = RegionSheet.Row(new RegionRow(park, result, "valid"), Text("en"));

        Assert.Equal(["苏州园", "320571", 2024, "cers-2025-provisional", "AA", 1.25, 0.85, "有效"], zh);
        Assert.Equal("valid", en[^1]);
        Assert.Equal("园区", RegionSheet.Header(Text("zh"))[0]);
        Assert.Equal("Park", RegionSheet.Header(Text("en"))[0]);
    }

    private static PortalText Text(string language)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{PortalText.CookieName}={language}";
        return new PortalText(new HttpContextAccessor { HttpContext = http });
    }
}
