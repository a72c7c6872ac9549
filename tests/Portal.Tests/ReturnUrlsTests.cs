using CarbonPlatform.Portal.SignIn;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

/// <summary>Sign-in and the language switch send a person back only to a plain path of the portal.</summary>
public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/park\u3000/x")]
    [InlineData("")]
    [InlineData(null)]
    public void A_url_a_browser_could_read_as_another_site_sends_the_person_home(string? url) =>
        Assert.Equal("/", ReturnUrls.LocalOrHome(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/parks/3f2504e0-4f89-11d3-9a0c-0305e82c3301/ledger?year=2024#top")]
    [InlineData("/import?name=%E5%9B%AD")]
    public void A_plain_local_path_is_kept_as_it_is(string url) => Assert.Equal(url, ReturnUrls.LocalOrHome(url));
}
