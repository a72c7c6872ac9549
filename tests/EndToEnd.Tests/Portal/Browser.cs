using Microsoft.Playwright;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>
/// Debian's Chromium driven by Playwright (nothing is downloaded: the executable is the system's). Each person gets a
/// context of their own, so cookies never mix; screenshots go to a folder named by the test run.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? playwright;
    private IBrowser? chromium;

    public string ScreenshotFolder { get; } = Path.Combine(Environment.GetEnvironmentVariable("CARBON_TEST_WORK") ?? Path.GetTempPath(),
        "portal-screenshots-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: ./carbon test installs Debian's chromium package.");
        Directory.CreateDirectory(ScreenshotFolder);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile at the portal, signed in as this person through the identity service's form.</summary>
    public async Task<IPage> SignInAsync(string portalUrl, string userName, string password, ViewportSize? viewport = null)
    {
        var page = await OpenAsync(portalUrl, viewport);
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.FillAsync("input[name=username]", userName);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#signed-in-as");
        return page;
    }

    /// <summary>A fresh browser profile (no cookies) at the portal.</summary>
    public async Task<IPage> OpenAsync(string portalUrl, ViewportSize? viewport = null)
    {
        var context = await chromium!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portalUrl, Locale = "zh-CN", AcceptDownloads = true, ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (chromium is not null) await chromium.DisposeAsync();
        playwright?.Dispose();
    }
}
