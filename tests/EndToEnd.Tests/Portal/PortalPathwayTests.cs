using System.Net;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>
/// Targets and pathways in the portal (#19): the operator sets the park's target, builds a scenario on its current inventory,
/// previews the trajectory, asks for the cheapest way (with the cost curve), stores the scenario and compares; the region's
/// authority sees the park's projected grades by year, another region's does not.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PortalPathwayTests(PlatformFixture platform, PortalWorld world, ITestOutputHelper output) : IClassFixture<PortalWorld>
{
    private static readonly Dictionary<string, string> Management = new()
    {
        ["P2"] = "0.95", ["P3"] = "0.9", ["L1"] = "1", ["L2"] = "6", ["L3"] = "0.92",
    };

    /// <summary>Line kinds a Chinese page shows in words, never as the API's ids.</summary>
    private static readonly string[] KindIds = ["fuel-combustion", "purchased-electricity", "onsite-generation", "green-electricity", "carbon-sink", "offset", "scope3"];

    private Browser Browser => world.Browser;

    [Fact]
    public async Task The_operator_sets_a_target_previews_optimises_stores_and_compares_and_only_the_regions_authority_sees_the_outlook()
    {
        var park = world.FlowPark;
        using var operatorApi = await platform.ClientAsync(world.Operator.ClientId, world.Operator.ClientSecret);
        await operatorApi.PostAsync($"/api/v1/parks/{park}/activity-records", new
        {
            year = 2025,
            lines = new object[]
            {
                new { id = "grid", kind = "purchased-electricity", quantity = 1000, unit = "MWh" },
                new { id = "freight", kind = "scope3", category = 4, quantity = 100, unit = "tCO2e" },
            },
        }, HttpStatusCode.Accepted);
        await operatorApi.EventuallyAsync($"/api/v1/parks/{park}/inventories/2025?method=cers-2025", i => i.Str("status") == "current");

        var manager = await Browser.SignInAsync(world.PortalUrl, world.OperatorAdmin.UserName, world.OperatorAdmin.Password);
        await manager.GotoAsync($"/parks/{park}/pathways?year=2025");
        Assert.True(await manager.IsVisibleAsync("#no-target"));
        await manager.SelectOptionAsync("#target-scheme", "cers-2025-provisional");
        await manager.SelectOptionAsync("#target-grade-input", "A");
        await manager.FillAsync("#target-year-input", "2027");
        await manager.FillAsync("#target-baseline-input", "2025");
        await manager.ClickAsync("#set-target");
        await manager.WaitForSelectorAsync("#pathway-target");
        Assert.Equal("A", await manager.InnerTextAsync("#target-grade"));
        Assert.Equal("2027", await manager.InnerTextAsync("#target-year"));

        await manager.ClickAsync("#new-scenario");
        await manager.WaitForSelectorAsync("#scenario-form");
        Assert.Contains("2", await manager.InnerTextAsync("#baseline-lines"));
        await manager.CheckAsync("input[name='measure.offset.on']");
        await manager.FillAsync("input[name='measure.offset.startYear']", "2026");
        await manager.FillAsync("input[name='measure.offset.amount']", "800");
        await manager.FillAsync("input[name='measure.offset.opex']", "48000");
        await manager.FillAsync("input[name='measure.offset.max']", "2400");
        await manager.CheckAsync("input[name='measure.carbon-sink.on']");
        await manager.FillAsync("input[name='measure.carbon-sink.amount']", "100");
        await manager.FillAsync("input[name='measure.carbon-sink.capex']", "500000");
        await manager.FillAsync("input[name='measure.carbon-sink.max']", "300");
        foreach (var box in await manager.Locator("#management input[type=checkbox]").AllAsync()) await box.CheckAsync();
        foreach (var field in await manager.Locator("#management input[type=number]").AllAsync())
        {
            var code = (await field.GetAttributeAsync("name"))!["m.".Length..];
            await field.FillAsync(Management.GetValueOrDefault(code, "1"));
        }

        await manager.ClickAsync("#preview");
        await manager.WaitForSelectorAsync("#preview-result");
        Assert.Equal(3, await manager.Locator("#trajectory .years .year").CountAsync());
        Assert.Equal(3, await manager.Locator("#trajectory table.chart-data tbody tr").CountAsync());
        // The form keeps what was entered, so the next question starts from it.
        Assert.Equal("800", await manager.InputValueAsync("input[name='measure.offset.amount']"));
        var builder = await manager.InnerTextAsync("main");
        var shown = KindIds.Where(id => Regex.IsMatch(builder, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])")).ToList();
        Assert.True(shown.Count == 0, $"the Chinese builder shows {string.Join(", ", shown)}");
        await Browser.ScreenshotAsync(manager, "40-pathway-preview");

        await manager.ClickAsync("#optimise");
        await manager.WaitForSelectorAsync("#optimisation-result");
        Assert.Equal(2, await manager.Locator("#abatement-curve .mac-steps tbody tr").CountAsync());
        Assert.Equal(2, await manager.Locator("#abatement-curve svg.curve rect").CountAsync());
        await Browser.ScreenshotAsync(manager, "41-pathway-cheapest");

        await manager.FillAsync("#scenario-name", "CCER 与碳汇");
        await manager.ClickAsync("#save-scenario");
        await manager.WaitForSelectorAsync("#scenario-comparison");
        Assert.Contains("CCER 与碳汇", await manager.InnerTextAsync("#scenario-comparison thead"));
        Assert.Equal(3, await manager.Locator("#scenario-comparison tbody tr[data-year]").CountAsync());
        await Browser.ScreenshotAsync(manager, "42-pathway-comparison");

        await manager.GotoAsync($"/parks/{park}?year=2025");
        Assert.Equal("2027", await manager.InnerTextAsync("#pathway-target #target-year"));

        var jiangsu = await Browser.SignInAsync(world.PortalUrl, world.JiangsuAuthority.UserName, world.JiangsuAuthority.Password);
        await jiangsu.GotoAsync("/region/pathways");
        var row = jiangsu.Locator($"#region-pathways tr[data-park='{park}']");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal(3, await row.Locator("td[data-year]").CountAsync());
        Assert.Contains("CCER 与碳汇", await row.InnerTextAsync());
        await Browser.ScreenshotAsync(jiangsu, "43-region-pathways");

        var zhejiang = await Browser.SignInAsync(world.PortalUrl, world.ZhejiangAuthority.UserName, world.ZhejiangAuthority.Password);
        await zhejiang.GotoAsync("/region/pathways");
        Assert.DoesNotContain(world.FlowParkName, await zhejiang.InnerTextAsync("main"));
        output.WriteLine($"screenshots: {Browser.ScreenshotFolder}");
    }
}
