using System.Net;
using System.Net.Http.Json;
using System.Text;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CarbonPlatform.Identity.Tests;

/// <summary>Refresh tokens rotate, a spent one is refused, and a disabled person's session ends.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class RefreshTokenTests(Platform platform)
{
    [Fact]
    public async Task A_refresh_token_works_once_and_the_rotated_one_works()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var first = await SignedInRefreshTokenAsync(browser, person);

        var (refreshed, body) = await browser.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var rotated = body.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, rotated);
        Assert.Equal(person.Id.ToString(), new JsonWebToken(body.GetProperty("access_token").GetString()).Subject);

        var (again, _) = await browser.RefreshAsync(rotated);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var (replayed, replayBody) = await browser.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("invalid_grant", replayBody.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_disabled_person_can_neither_refresh_nor_sign_in()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var refreshToken = await SignedInRefreshTokenAsync(browser, person);

        var disabled = await platform.IdentityAdmin().PostAsync($"/api/v1/organizations/{person.OrganizationId}/people/{person.Id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await disabled.JsonAsync()).GetProperty("disabledAt").ValueKind);

        var (refreshed, body) = await browser.RefreshAsync(refreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());

        // The session cookie the browser still holds no longer counts: authorize sends it to the login page.
        using var authorize = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(Pkce.Create()));
        Assert.StartsWith("/account/login", PortalBrowser.Location(authorize));
        using var signIn = await new PortalBrowser(platform.Identity).PostLoginAsync("/account/login", person.UserName, person.Password);
        Assert.Contains("id=\"sign-in-error\"", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task End_session_signs_the_person_out_and_returns_to_the_portal()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var pkce = Pkce.Create();
        var code = await browser.CodeAsync(person.UserName, person.Password, pkce);
        var (_, tokens) = await browser.RedeemAsync(code, pkce.Verifier);

        using var endSession = await browser.Http.GetAsync("/connect/endsession?id_token_hint=" + tokens.GetProperty("id_token").GetString()
            + "&post_logout_redirect_uri=" + Uri.EscapeDataString(IdentityService.PortalPostLogoutUri) + "&state=bye");

        Assert.Equal(HttpStatusCode.Redirect, endSession.StatusCode);
        Assert.StartsWith(IdentityService.PortalPostLogoutUri, endSession.Headers.Location!.ToString());
        using var authorize = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(Pkce.Create()));
        Assert.StartsWith("/account/login", PortalBrowser.Location(authorize));
    }

    [Fact]
    public async Task Person_passwords_are_not_stored_in_clear_text()
    {
        var chosen = $"chosen-password-{Guid.NewGuid():N}";
        var orgId = await platform.RegistryAs(Callers.PlatformAdmin()).RegisterOrganizationAsync("park-operator");
        var person = await platform.IdentityAdmin().CreatePersonAsync(orgId, ["operator-viewer"], chosen);
        using var signedIn = await new PortalBrowser(platform.Identity).SignInAsync(person.UserName, chosen, Pkce.Create());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var stored = Directory.EnumerateFiles(platform.Identity.DataFolder, "identity.db*").Select(ReadShared).ToList();

        Assert.Contains(stored, bytes => Contains(bytes, person.UserName));
        Assert.Contains(stored, bytes => Contains(bytes, "pbkdf2-sha256$"));
        Assert.DoesNotContain(stored, bytes => Contains(bytes, chosen));
    }

    private static async Task<string> SignedInRefreshTokenAsync(PortalBrowser browser, CreatedPerson person)
    {
        var pkce = Pkce.Create();
        var code = await browser.CodeAsync(person.UserName, person.Password, pkce);
        var (_, body) = await browser.RedeemAsync(code, pkce.Verifier);
        return body.GetProperty("refresh_token").GetString()!;
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
