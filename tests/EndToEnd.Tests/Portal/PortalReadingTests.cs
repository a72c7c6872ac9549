using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>
/// Each main page read by a Chinese park manager, authority officer and reviewer: the domain in Chinese, totals naming their
/// basis, readable charts, grouped findings, print and export. Screenshots in Chinese, English and print media.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PortalReadingTests(PortalReadingWorld world, ITestOutputHelper output) : IClassFixture<PortalReadingWorld>
{
    /// <summary>API ids a Chinese page must not show: line kinds, roles and organisation kinds (shared/domain, docs/identity.md).</summary>
    private static readonly string[] DomainIds =
    [
        "fuel-combustion", "fuel-conversion", "carbonate-decomposition", "industrial-process", "ghg-release", "co2-recovery",
        "purchased-electricity", "onsite-generation", "green-electricity", "exported-electricity", "purchased-heat", "exported-heat",
        "scope3", "carbon-sink", "offset",
        "operator-admin", "operator-data-entry", "operator-viewer", "organization-admin", "authority-viewer", "certification-reviewer",
        "platform-admin", "park-operator", "regional-authority", "certification-body",
    ];

    private PortalWorld People => world.People;
    private Browser Browser => world.People.Browser;

    [Fact]
    public async Task Chinese_pages_of_the_manager_the_authority_and_the_reviewer_show_no_English_domain_ids_and_print_and_read_in_English()
    {
        var manager = await Browser.SignInAsync(People.PortalUrl, People.OperatorAdmin.UserName, People.OperatorAdmin.Password);
        await EventuallyAsync(manager, $"/parks/{world.ReadingPark}?year=2024", "#net");
        await AssertChineseAsync(manager, "dashboard");
        Assert.Contains("基于市场", await manager.InnerTextAsync("#net .label"));
        Assert.Contains("基于位置", await manager.InnerTextAsync("#gross .label"));
        Assert.Contains("基于市场", await manager.InnerTextAsync("#gross-market .label"));
        Assert.Contains("净排放", await manager.InnerTextAsync("#basis-note"));
        var lineage = await manager.InnerTextAsync("#lineage");
        Assert.Contains("燃料燃烧", lineage);
        Assert.Contains("外购电力", lineage);
        Assert.Contains("低位发热量", await manager.InnerTextAsync("#symbols"));
        await ShootAsync(manager, "20-dashboard");
        await manager.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await manager.IsVisibleAsync("header.top nav"), "print leaves the navigation out");
        Assert.False(await manager.IsVisibleAsync(".year-picker"), "print leaves the forms out");
        Assert.True(await manager.IsVisibleAsync("#chart-kinds"), "print keeps the charts");
        await manager.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.Contains("market-based", await InEnglishAsync(manager, "#net .label"));

        await manager.GotoAsync($"/parks/{world.ReadingPark}/ledger?year=2024");
        await AssertChineseAsync(manager, "ledger");
        await ShootAsync(manager, "21-ledger");

        await manager.GotoAsync($"/parks/{world.ReadingPark}/evaluations?year=2024");
        foreach (var box in await manager.Locator("#evaluate-form input[type=checkbox]").AllAsync()) await box.CheckAsync();
        foreach (var field in await manager.Locator("#evaluate-form input[type=number]").AllAsync()) await field.FillAsync("6");
        await manager.ClickAsync("#evaluate");
        await manager.WaitForSelectorAsync("#indicators");
        await AssertChineseAsync(manager, "evaluation");
        await ShootAsync(manager, "22-evaluation");
        await manager.SelectOptionAsync("#certification-body", People.Body.OrganizationId);
        await manager.ClickAsync("#apply");
        await manager.WaitForSelectorAsync("[data-application] [data-status=submitted]");

        var reviewer = await Browser.SignInAsync(People.PortalUrl, People.Reviewer.UserName, People.Reviewer.Password);
        await AssertChineseAsync(reviewer, "queue");
        await ShootAsync(reviewer, "23-queue");
        await reviewer.ClickAsync($"#queue tr:has-text('{world.ReadingParkName}') a");
        await reviewer.WaitForSelectorAsync("#lineage");
        await AssertChineseAsync(reviewer, "application review");
        await ShootAsync(reviewer, "24-application-review");

        var authority = await Browser.SignInAsync(People.PortalUrl, People.JiangsuAuthority.UserName, People.JiangsuAuthority.Password);
        Assert.Contains(world.ReadingParkName, await authority.InnerTextAsync("#region-parks"));
        Assert.Contains("地方主管部门", await authority.InnerTextAsync("#signed-in-as"));
        await AssertChineseAsync(authority, "region");
        await ShootAsync(authority, "25-region");
        output.WriteLine($"screenshots: {Browser.ScreenshotFolder}");
    }

    [Fact]
    public async Task Chart_labels_are_at_least_12_px_and_each_chart_has_a_table_for_screen_readers()
    {
        var manager = await Browser.SignInAsync(People.PortalUrl, People.OperatorAdmin.UserName, People.OperatorAdmin.Password);
        await EventuallyAsync(manager, $"/parks/{world.ReadingPark}?year=2024", "#chart-months .columns");

        var sizes = await manager.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('.chart .label, .chart .value')].map(e => [parseFloat(getComputedStyle(e).fontSize), e.getBoundingClientRect().height])");
        Assert.True(sizes.Length >= 12 + 4, $"{sizes.Length} chart labels");
        Assert.All(sizes, s => Assert.True(s[0] >= 12 && s[1] >= 12, $"label at {s[0]} px, {s[1]} px high"));
        foreach (var chart in new[] { "#chart-scopes", "#chart-kinds", "#chart-lines", "#chart-months" })
            Assert.True(await manager.Locator($"{chart} table.chart-data tbody tr").CountAsync() > 0, chart + " has no table alternative");
        Assert.Equal(12, await manager.Locator("#chart-months table.chart-data tbody tr").CountAsync());
    }

    [Fact]
    public async Task A_park_of_ten_thousand_lines_shows_its_data_quality_findings_grouped_with_counts_and_no_monthly_data_in_words()
    {
        var manager = await Browser.SignInAsync(People.PortalUrl, People.OperatorAdmin.UserName, People.OperatorAdmin.Password);
        await EventuallyAsync(manager, $"/parks/{world.BigPark}?year={PortalReadingWorld.BigParkYear}", "#unverified-findings", TimeSpan.FromSeconds(240));

        var findings = await manager.InnerTextAsync("#quality");
        Assert.Contains("3,334 条明细使用了未确认的排放因子", findings);
        var counts = await manager.Locator("#unverified-findings .finding").EvaluateAllAsync<int[]>("items => items.map(i => +i.dataset.count)");
        Assert.InRange(counts.Length, 2, 10);
        Assert.Contains(3_334, counts);
        await manager.EvaluateAsync("() => document.querySelectorAll('#quality details').forEach(d => d.open = true)");
        var shown = Regex.Matches(await manager.InnerTextAsync("#quality"), @"coal-\d+").Count;
        Assert.InRange(shown, 1, 50);
        Assert.Contains("没有分月数据", await manager.InnerTextAsync("#chart-months-empty"));
        Assert.Equal(50, await manager.Locator("#lineage tbody tr").CountAsync()); // one page of lines, sorted by accounting, not 10,000
        Assert.True(await manager.IsVisibleAsync("#lines-next"), "the next page of lines is a link away");
        await ShootAsync(manager, "26-dashboard-10000-lines");
    }

    [Fact]
    public async Task The_authoritys_region_table_exports_as_XLSX_and_prints_without_its_forms()
    {
        var authority = await Browser.SignInAsync(People.PortalUrl, People.JiangsuAuthority.UserName, People.JiangsuAuthority.Password);
        await authority.GotoAsync($"/region?q={Uri.EscapeDataString(world.ReadingParkName)}");
        var download = await authority.RunAndWaitForDownloadAsync(() => authority.ClickAsync("#region-xlsx"));
        var file = Path.Combine(Browser.ScreenshotFolder, "region-export.xlsx");
        await download.SaveAsAsync(file);

        using var workbook = SpreadsheetDocument.Open(file, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.InnerText).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("园区", rows[0]);
        Assert.Contains(world.ReadingParkName, rows[1]);

        await authority.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await authority.IsVisibleAsync("#region-filters"), "print leaves the filters out");
        Assert.True(await authority.IsVisibleAsync("#region-parks"));
    }

    private async Task AssertChineseAsync(IPage page, string what)
    {
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        var found = DomainIds.Where(id => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])")).ToList();
        Assert.True(found.Count == 0, $"the Chinese {what} page shows {string.Join(", ", found)}:\n{text}");
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = false)");
    }

    /// <summary>The page in Chinese, in print media, and in English (then back to Chinese).</summary>
    private async Task ShootAsync(IPage page, string name)
    {
        await Browser.ScreenshotAsync(page, name + "-zh");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Browser.ScreenshotAsync(page, name + "-zh-print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await InEnglishAsync(page, "main");
        await Browser.ScreenshotAsync(page, name + "-en");
        await page.ClickAsync("#language");
        await page.WaitForSelectorAsync("html[lang=zh-CN]");
    }

    private static async Task<string> InEnglishAsync(IPage page, string selector)
    {
        await page.ClickAsync("#language");
        await page.WaitForSelectorAsync("html[lang=en]");
        var text = await page.InnerTextAsync(selector);
        if (selector != "main") { await page.ClickAsync("#language"); await page.WaitForSelectorAsync("html[lang=zh-CN]"); }
        return text;
    }

    /// <summary>The inventory is computed after the records arrive, from an event: reload until the selector shows.</summary>
    private static async Task EventuallyAsync(IPage page, string path, string selector, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            await page.GotoAsync(path);
            if (await page.Locator(selector).CountAsync() > 0) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{selector} did not appear at {path}: {await page.InnerTextAsync("main")}");
            await Task.Delay(2000);
        }
    }
}
