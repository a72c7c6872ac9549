using Microsoft.Playwright;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>Maker–checker in the portal: an enterprise enters its own data, the operator's reviewer approves or returns it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PortalApprovalTests(PortalApprovalWorld world) : IClassFixture<PortalApprovalWorld>
{
    private Browser Browser => world.Browser;

    [Fact]
    public async Task An_enterprise_submits_a_line_the_reviewer_approves_it_in_the_queue_and_it_reaches_the_ledger()
    {
        var enterprise = await Browser.SignInAsync(world.PortalUrl, world.EnterpriseEntry.UserName, world.EnterpriseEntry.Password);
        Assert.EndsWith("/enterprise", enterprise.Url);
        Assert.Contains(world.SourceName, await enterprise.InnerTextAsync("#sources"));
        Assert.Equal(0, await enterprise.Locator("a[href='/parks']").CountAsync());
        await EnterAsync(enterprise, month: 3, quantity: 42);
        Assert.Contains("待审批", await enterprise.InnerTextAsync("#mine-submitted"));
        await Browser.ScreenshotAsync(enterprise, "40-enterprise-submitted");

        var reviewer = await Browser.SignInAsync(world.PortalUrl, world.DataReviewer.UserName, world.DataReviewer.Password);
        await reviewer.GotoAsync($"/parks/{world.Park}/ledger?year=2024");
        Assert.DoesNotContain(LineId(3), await reviewer.InnerTextAsync("main"));
        await reviewer.GotoAsync($"/parks/{world.Park}/approvals");
        var row = reviewer.Locator("#queue tbody tr", new() { HasText = LineId(3) });
        Assert.Contains("42", await row.InnerTextAsync());
        await Browser.ScreenshotAsync(reviewer, "41-approval-queue");
        await row.Locator("input[type=checkbox]").CheckAsync();
        await reviewer.ClickAsync("#approve");
        await reviewer.WaitForSelectorAsync("#decision-outcome");
        Assert.Contains("已批准", await reviewer.InnerTextAsync("#decision-outcome"));

        await reviewer.GotoAsync($"/parks/{world.Park}/ledger?year=2024");
        Assert.Contains(LineId(3), await reviewer.InnerTextAsync("#ledger"));
        await enterprise.GotoAsync("/enterprise");
        Assert.Contains(LineId(3), await enterprise.InnerTextAsync("#mine-approved"));
        Assert.Equal(0, await enterprise.Locator("#park-totals").CountAsync());

        // Granted the park's totals, the enterprise sees them on its page (the park's, not only its own line's).
        using var admin = await world.AdminAsync();
        await admin.SendAsync(HttpMethod.Put, $"/api/v1/organizations/{world.EnterpriseOrganization}/grants", new { parkTotals = true }, System.Net.HttpStatusCode.OK);
        var inventory = await admin.EventuallyAsync($"/api/v1/parks/{world.Park}/inventories/2024/totals?method=cers-2025",
            t => t.Str("status") == "current" && t.GetProperty("totals").Num("grossLocation") > 0);
        await enterprise.GotoAsync("/enterprise?year=2024");
        var gross = inventory.GetProperty("totals").Num("grossLocation").ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(gross, await enterprise.InnerTextAsync("#park-totals"));
        await Browser.ScreenshotAsync(enterprise, "42-enterprise-park-totals");
    }

    [Fact]
    public async Task A_returned_line_shows_its_reason_to_the_enterprise_and_nobody_approves_their_own_submission()
    {
        var enterprise = await Browser.SignInAsync(world.PortalUrl, world.EnterpriseEntry.UserName, world.EnterpriseEntry.Password);
        await EnterAsync(enterprise, month: 5, quantity: 17);
        var admin = await Browser.SignInAsync(world.PortalUrl, world.OperatorAdmin.UserName, world.OperatorAdmin.Password);
        await admin.GotoAsync($"/parks/{world.Park}/import?year=2024");
        await admin.SetInputFilesAsync("#import-file", new FilePayload
        {
            Name = "own.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes($"id,kind,quantity,unit\r\nown-{world.Suffix},purchased-electricity,10,MWh\r\n"),
        });
        await admin.ClickAsync("#dry-run");
        await admin.ClickAsync("#commit");
        await admin.WaitForSelectorAsync("#committed");
        Assert.Contains("审批", await admin.InnerTextAsync("#committed"));

        await admin.GotoAsync($"/parks/{world.Park}/approvals");
        await admin.Locator("#queue tbody tr", new() { HasText = $"own-{world.Suffix}" }).Locator("input[type=checkbox]").CheckAsync();
        await admin.ClickAsync("#approve");
        await admin.WaitForSelectorAsync("#decision-outcome");
        Assert.Equal("approver-is-submitter", await admin.GetAttributeAsync("#decision-outcome li", "data-code"));
        Assert.Contains("提交人不能审批", await admin.InnerTextAsync("#decision-outcome"));
        await Browser.ScreenshotAsync(admin, "42-own-submission-refused");

        await admin.Locator("#queue tbody tr", new() { HasText = LineId(5) }).Locator("input[type=checkbox]").CheckAsync();
        await admin.FillAsync("#reason", "5 月电量与发票不符");
        await admin.ClickAsync("#return");
        await admin.WaitForSelectorAsync("#decision-outcome");
        Assert.Contains("已退回", await admin.InnerTextAsync("#decision-outcome"));
        await enterprise.GotoAsync("/enterprise");
        Assert.Contains("5 月电量与发票不符", await enterprise.InnerTextAsync("#mine-returned"));
        await admin.GotoAsync($"/parks/{world.Park}/ledger?year=2024");
        Assert.DoesNotContain(LineId(5), await admin.InnerTextAsync("main"));
    }

    private string LineId(int month) => $"ent-{Guid.Parse(world.Source):N}-2024-{month:00}";

    private static async Task EnterAsync(IPage page, int month, double quantity)
    {
        await page.FillAsync("#entry-year", "2024");
        await page.FillAsync("#entry-month", month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#entry-quantity", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#enter");
        await page.WaitForSelectorAsync("#entered");
    }
}
