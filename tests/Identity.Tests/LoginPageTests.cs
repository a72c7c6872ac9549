using System.Net;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;

namespace CarbonPlatform.Identity.Tests;

/// <summary>The identity service's own login page: one answer for every failure, growing delays, no open redirect.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class LoginPageTests(Platform platform)
{
    private const string Authorize = "/connect/authorize?client_id=portal";
    private static readonly string LoginPath = $"/account/login?ReturnUrl={Uri.EscapeDataString(Authorize)}";

    [Fact]
    public async Task Login_page_is_in_chinese_with_english_alongside_and_in_english_alone_on_request()
    {
        var browser = new PortalBrowser(platform.Identity);

        var chinese = await browser.LoginPageAsync(LoginPath);
        var english = await browser.LoginPageAsync(LoginPath + "&lang=en");

        Assert.Contains("用户名", chinese);
        Assert.Contains("User name", chinese);
        Assert.Contains("name=\"username\"", chinese);
        Assert.Contains("name=\"password\"", chinese);
        Assert.Contains("id=\"sign-in\"", chinese);
        Assert.Contains("__RequestVerificationToken", chinese);
        Assert.DoesNotContain("用户名", english);
        Assert.Contains("User name", english);
        Assert.DoesNotContain("<script", chinese);
        Assert.DoesNotContain("id=\"sign-in-error\"", chinese);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_show_the_same_error_and_set_no_session_cookie()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);

        using var wrongPassword = await browser.PostLoginAsync(LoginPath, person.UserName, "not-the-password-at-all");
        using var unknownUser = await browser.PostLoginAsync(LoginPath, "nobody@park.test", "not-the-password-at-all");

        var pages = new[] { await wrongPassword.Content.ReadAsStringAsync(), await unknownUser.Content.ReadAsStringAsync() };
        Assert.All([wrongPassword, unknownUser], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(pages, page => Assert.Contains("id=\"sign-in-error\"", page));
        Assert.Equal(ErrorOf(pages[0]), ErrorOf(pages[1]));
        Assert.All([wrongPassword, unknownUser], r => Assert.DoesNotContain(SetCookies(r), c => c.StartsWith("carbon.identity=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Right_password_sets_an_http_only_lax_session_cookie_and_returns_to_the_authorization_endpoint()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);

        using var response = await browser.PostLoginAsync(LoginPath, person.UserName.ToUpperInvariant(), person.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Authorize, PortalBrowser.Location(response));
        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith("carbon.identity=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Theory]
    [InlineData("https://evil.test/connect/authorize")]
    [InlineData("//evil.test/connect/authorize")]
    [InlineData("/account/login")]
    public async Task Login_returns_only_to_the_authorization_endpoint(string returnUrl)
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);

        using var response = await browser.PostLoginAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", person.UserName, person.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", PortalBrowser.Location(response));
    }

    [Fact]
    public async Task Past_three_wrong_passwords_the_name_waits_a_doubling_delay_even_with_the_right_password()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var wrong = await browser.PostLoginAsync(LoginPath, person.UserName, $"wrong-password-{attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await browser.PostLoginAsync(LoginPath, person.UserName, person.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), right.Headers.RetryAfter?.Delta); // the first delay (3 s in these tests)
        Assert.Contains("id=\"sign-in-error\"", await right.Content.ReadAsStringAsync());

        await Task.Delay(TimeSpan.FromSeconds(3.1));
        (await browser.PostLoginAsync(LoginPath, person.UserName, "wrong-password-4")).Dispose();
        using var slower = await browser.PostLoginAsync(LoginPath, person.UserName, person.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, slower.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(6), slower.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Three_wrong_passwords_then_the_right_one_signs_in()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);

        for (var attempt = 1; attempt <= 3; attempt++)
            (await browser.PostLoginAsync(LoginPath, person.UserName, $"wrong-password-{attempt}")).Dispose();
        await Task.Delay(TimeSpan.FromSeconds(3.1)); // the first delay
        using var right = await browser.PostLoginAsync(LoginPath, person.UserName, person.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);

        using var response = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = person.UserName, ["password"] = person.Password, ["ReturnUrl"] = Authorize,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith("carbon.identity=", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string ErrorOf(string page)
    {
        var start = page.IndexOf("id=\"sign-in-error\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
