using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

[Collection(PlatformCollection.Name)]
public sealed class PortalBrowserTests(PlatformFixture platform, PortalWorld world, ITestOutputHelper output) : IClassFixture<PortalWorld>
{
    private Browser Browser => world.Browser;

    [Fact]
    public async Task Each_role_signs_in_through_the_identity_service_and_starts_where_its_work_is()
    {
        var operatorPage = await Browser.SignInAsync(world.PortalUrl, world.OperatorAdmin.UserName, world.OperatorAdmin.Password);
        Assert.EndsWith("/parks", operatorPage.Url);
        Assert.Contains(world.FlowParkName, await operatorPage.InnerTextAsync("#parks"));
        Assert.DoesNotContain(world.HangzhouParkName, await operatorPage.InnerTextAsync("main"));
        await Browser.ScreenshotAsync(operatorPage, "01-operator-parks");

        var authority = await Browser.SignInAsync(world.PortalUrl, world.JiangsuAuthority.UserName, world.JiangsuAuthority.Password);
        Assert.Contains("/region", authority.Url);
        var reviewer = await Browser.SignInAsync(world.PortalUrl, world.Reviewer.UserName, world.Reviewer.Password);
        Assert.EndsWith("/queue", reviewer.Url);
        await Browser.ScreenshotAsync(reviewer, "02-reviewer-queue");

        var viewer = await Browser.SignInAsync(world.PortalUrl, world.OperatorViewer.UserName, world.OperatorViewer.Password);
        await viewer.GotoAsync($"/parks/{world.ImportPark}/import");
        Assert.True(await viewer.IsVisibleAsync("#read-only"), "a viewer is told the park is read-only");
        Assert.Equal(0, await viewer.Locator("#import-file").CountAsync());
        output.WriteLine($"screenshots: {Browser.ScreenshotFolder}");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_at_the_identity_service()
    {
        var page = await Browser.OpenAsync(world.PortalUrl);
        await page.GotoAsync("/");
        await page.FillAsync("input[name=username]", world.OperatorAdmin.UserName);
        await page.FillAsync("input[name=password]", "not-the-password");
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#sign-in-error");
        Assert.Contains("/account/login", page.Url);
        Assert.Equal(0, await page.Locator("#signed-in-as").CountAsync());
        await Browser.ScreenshotAsync(page, "00-sign-in-refused");
    }

    [Fact]
    public async Task An_import_with_one_bad_row_shows_that_rows_problem_and_records_nothing()
    {
        var page = await Browser.SignInAsync(world.PortalUrl, world.OperatorAdmin.UserName, world.OperatorAdmin.Password);
        await page.GotoAsync($"/parks/{world.ImportPark}/import?year=2024");
        await UploadAsync(page, "bad.csv", PortalWorld.BadCsv);

        var problems = page.Locator("#problems tbody tr");
        Assert.Equal(1, await problems.CountAsync());
        var row = await problems.First.InnerTextAsync();
        Assert.Contains("3", row.Split('\t')[0]);
        Assert.Contains("quantity", row);
        Assert.Contains("boiler-gas", row);
        Assert.Contains("invalid-number", row);
        Assert.Equal(0, await page.Locator("#commit").CountAsync());
        await Browser.ScreenshotAsync(page, "03-import-dry-run-problems");

        var ledger = await page.APIRequest.GetAsync($"/downloads/import-problems/{await ProblemsDraftAsync(page)}");
        Assert.Equal(200, ledger.Status);
        Assert.Contains("invalid-number", await ledger.TextAsync());
        await page.GotoAsync($"/parks/{world.ImportPark}/ledger?year=2024");
        Assert.True(await page.IsVisibleAsync("#ledger-empty"), "a refused file records nothing");
    }

    [Fact]
    public async Task Committing_a_good_file_shows_the_inventory_then_the_park_applies_and_the_body_approves_and_the_certificate_downloads()
    {
        var page = await Browser.SignInAsync(world.PortalUrl, world.OperatorAdmin.UserName, world.OperatorAdmin.Password);
        await page.GotoAsync($"/parks/{world.FlowPark}?year=2024");
        Assert.True(await page.IsVisibleAsync("#no-inventory"), "no inventory before any data");

        await page.GotoAsync($"/parks/{world.FlowPark}/import?year=2024");
        await UploadAsync(page, "year-2024.csv", world.GoodCsv($"CCER-PORTAL-{world.Suffix}"));
        await page.WaitForSelectorAsync("#dry-run-valid, #dry-run-invalid, #import-failed");
        Assert.True(await page.IsVisibleAsync("#dry-run-valid"), await page.InnerTextAsync("main"));
        await page.ClickAsync("#commit");
        try { await page.WaitForSelectorAsync("#committed, #import-failed"); }
        catch (TimeoutException) { Assert.Fail(await page.ContentAsync()); }
        Assert.True(await page.IsVisibleAsync("#committed"), await page.InnerTextAsync("main"));

        var gross = await EventuallyTextAsync(page, $"/parks/{world.FlowPark}?year=2024", "#gross .value");
        using var operatorApi = await platform.ClientAsync(world.Operator.ClientId, world.Operator.ClientSecret);
        var inventory = await operatorApi.GetJsonAsync($"/api/v1/parks/{world.FlowPark}/inventories/2024?method=cers-2025");
        Assert.Equal(inventory.GetProperty("totals").GetProperty("grossLocation").GetDouble().ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture), gross);
        Assert.Contains("ccer-offset", await page.InnerTextAsync("#lineage"));
        Assert.Equal(1, await page.Locator("#chart-scopes .bars").CountAsync());
        Assert.Contains("没有分月数据", await page.InnerTextAsync("#chart-months-empty"));
        var flags = await page.Locator("#quality .flag").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.flag)");
        Assert.Contains("NoMonthlyData", flags);
        Assert.Contains("暂无在线计量设备", await page.InnerTextAsync("#quality-scores [data-score=metered]"));
        Assert.Contains("尚未评价", await page.InnerTextAsync("#quality-scores [data-indicator=P2]"));
        await Browser.ScreenshotAsync(page, "04-operator-dashboard");

        await page.GotoAsync($"/parks/{world.FlowPark}/ledger?year=2024");
        Assert.Contains("ok", await page.GetAttributeAsync("#ledger-verification", "class") ?? "");
        Assert.Equal(6, await page.Locator("#ledger tbody tr").CountAsync());
        await Browser.ScreenshotAsync(page, "05-operator-ledger");

        await page.GotoAsync($"/parks/{world.FlowPark}/evaluations?year=2024");
        foreach (var box in await page.Locator("#evaluate-form input[type=checkbox]").AllAsync()) await box.CheckAsync();
        foreach (var field in await page.Locator("#evaluate-form input[type=number]").AllAsync()) await field.FillAsync("6");
        await page.ClickAsync("#evaluate");
        await page.WaitForSelectorAsync("#indicators");
        var grade = (await page.InnerTextAsync("h2 .grade")).Trim();
        Assert.True(Regex.IsMatch(grade, "^(AAA|AA|A|B|C)$"), $"grade '{grade}': {await page.InnerTextAsync("#indicators")}");
        await Browser.ScreenshotAsync(page, "06-operator-evaluation");

        await page.SelectOptionAsync("#certification-body", world.Body.OrganizationId);
        await page.ClickAsync("#apply");
        await page.WaitForSelectorAsync("[data-application] [data-status=submitted]");
        await Browser.ScreenshotAsync(page, "07-operator-certification-submitted");

        var reviewer = await Browser.SignInAsync(world.PortalUrl, world.Reviewer.UserName, world.Reviewer.Password);
        await reviewer.ClickAsync($"#queue tr:has-text('{world.FlowParkName}') a");
        await reviewer.WaitForSelectorAsync("#lineage");
        Assert.Contains("fuel/natural-gas/ncv@cn-2025", await reviewer.Locator("#lineage").TextContentAsync());
        await reviewer.FillAsync("#comment", "资料齐全，批准。");
        await reviewer.ClickAsync("#approve");
        await reviewer.WaitForSelectorAsync("[data-status=approved]");
        var number = (await reviewer.InnerTextAsync("#certificate-number")).Trim();
        await Browser.ScreenshotAsync(reviewer, "08-reviewer-approved");

        await page.GotoAsync($"/parks/{world.FlowPark}/certification?year=2024");
        Assert.Equal(number, (await page.InnerTextAsync(".certificate-number")).Trim());
        var pdf = await page.APIRequest.GetAsync($"/downloads/certificates/{number}");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        Assert.Contains(PdfText.Squeeze(world.FlowParkName), PdfText.Squeeze(PdfText.Read(await pdf.BodyAsync())));
        var verification = await platform.Gateway.GetJsonAsync($"/api/v1/certificates/{Uri.EscapeDataString(number)}");
        Assert.Equal("valid", verification.Str("status"));
        Assert.Equal(grade, verification.Str("grade"));
        await Browser.ScreenshotAsync(page, "09-operator-certificate");

        // The dashboard shows the management items the evaluation measured from the same data beside the metered quality.
        await page.GotoAsync($"/parks/{world.FlowPark}?year=2024");
        var evaluated = (await operatorApi.GetJsonAsync($"/api/v1/parks/{world.FlowPark}/evaluations")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("year").GetInt32() == 2024).MaxBy(e => e.GetProperty("createdAt").GetDateTime());
        foreach (var code in new[] { "P2", "P3", "L1" })
        {
            var value = evaluated.GetProperty("management").EnumerateArray().Single(m => m.Str("code") == code).GetProperty("value");
            var shown = await page.InnerTextAsync($"#quality-scores [data-indicator={code}] td");
            var expected = value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture) : "—";
            Assert.StartsWith(expected, shown.Trim()); // an item without a value scores 0 and shows as —
        }
    }

    [Fact]
    public async Task An_authority_sees_the_parks_of_its_region_and_not_another_regions()
    {
        var jiangsu = await Browser.SignInAsync(world.PortalUrl, world.JiangsuAuthority.UserName, world.JiangsuAuthority.Password);
        var table = await jiangsu.InnerTextAsync("#region-parks");
        Assert.Contains(world.FlowParkName, table);
        Assert.Contains(world.ImportParkName, table);
        Assert.DoesNotContain(world.HangzhouParkName, table);
        Assert.Equal(1, await jiangsu.Locator("#chart-grades .bars").CountAsync());
        await Browser.ScreenshotAsync(jiangsu, "10-authority-region");

        // The list is the registry's, by name, a page at a time; ordering by grade across the region is the overview's.
        Assert.Equal("ascending", await jiangsu.GetAttributeAsync("#region-parks th[data-sort=name]", "aria-sort"));
        await jiangsu.ClickAsync("a[data-overview-sort=grade]");
        Assert.Contains("/region/overview", jiangsu.Url);
        Assert.Contains("sort=grade", jiangsu.Url);
        // The whole name: other fixtures of the collection make Jiangsu import parks too.
        await jiangsu.GotoAsync($"/region?q={Uri.EscapeDataString(world.ImportParkName)}");
        Assert.Equal(1, await jiangsu.Locator("#region-parks tbody tr").CountAsync());
        await jiangsu.GotoAsync($"/parks/{world.ImportPark}");
        Assert.Equal(0, await jiangsu.Locator("a[href$='/import?year=']").CountAsync());
        await jiangsu.GotoAsync($"/parks/{world.HangzhouPark}");
        Assert.True(await jiangsu.IsVisibleAsync("#not-visible"), "another region's park is not shown: " + await jiangsu.InnerTextAsync("body"));

        var zhejiang = await Browser.SignInAsync(world.PortalUrl, world.ZhejiangAuthority.UserName, world.ZhejiangAuthority.Password);
        var theirs = await zhejiang.InnerTextAsync("#region-parks");
        Assert.Contains(world.HangzhouParkName, theirs);
        Assert.DoesNotContain(world.FlowParkName, theirs);
    }

    [Fact]
    public async Task The_portal_is_in_Chinese_by_default_and_in_English_one_click_away_and_loads_nothing_from_elsewhere()
    {
        var page = await Browser.SignInAsync(world.PortalUrl, world.JiangsuAuthority.UserName, world.JiangsuAuthority.Password,
            new ViewportSize { Width = 820, Height = 1180 });
        var foreign = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(world.PortalUrl, StringComparison.Ordinal)) foreign.Add(request.Url); };
        await page.ReloadAsync();
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("辖区园区", await page.InnerTextAsync("h1"));
        await page.ClickAsync("#language");
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Contains("Parks of the region", await page.InnerTextAsync("h1"));
        await Browser.ScreenshotAsync(page, "11-authority-region-english-tablet");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.Empty(foreign);
        await page.ClickAsync("#language");
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#dry-run");
        await page.WaitForSelectorAsync("#dry-run-result, #import-failed");
    }

    private static async Task<string> ProblemsDraftAsync(IPage page) =>
        Regex.Match(await page.GetAttributeAsync("#problems-csv", "href") ?? "", "[0-9a-f]{32}").Value;

    /// <summary>The inventory is computed after the commit, from an event: reload until it is there.</summary>
    private static async Task<string> EventuallyTextAsync(IPage page, string path, string selector)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await page.GotoAsync(path);
            if (await page.Locator(selector).CountAsync() > 0) return (await page.InnerTextAsync(selector)).Trim();
            if (DateTime.UtcNow > until) throw new TimeoutException($"{selector} did not appear at {path}");
            await Task.Delay(1000);
        }
    }
}
