using System.Net;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CarbonPlatform.Identity.Tests;

/// <summary>People sign in to the portal with the authorization code flow and PKCE, through the identity service's login page.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class AuthorizationCodeFlowTests(Platform platform)
{
    [Fact]
    public async Task Person_signs_in_with_the_code_flow_and_gets_tokens_carrying_their_organisation_and_roles()
    {
        var person = await platform.PersonAsync("park-operator", "operator-data-entry", "organization-admin");
        var browser = new PortalBrowser(platform.Identity);
        var pkce = Pkce.Create();

        var code = await browser.CodeAsync(person.UserName, person.Password, pkce);
        var (response, body) = await browser.RedeemAsync(code, pkce.Verifier);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var access = new JsonWebToken(body.GetProperty("access_token").GetString());
        var id = new JsonWebToken(body.GetProperty("id_token").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));
        foreach (var token in new[] { access, id })
        {
            Assert.Equal(person.Id.ToString(), token.Subject);
            Assert.Equal("张伟 Zhang Wei", token.Values("name").Single());
            Assert.Equal(person.UserName, token.Values("preferred_username").Single());
            Assert.Equal(person.OrganizationId.ToString(), token.Values("org_id").Single());
            Assert.Equal("park-operator", token.Values("org_kind").Single());
            Assert.Equal(["operator-data-entry", "organization-admin"], token.Values("role").Order());
        }
        Assert.Contains("carbon-park-registry", access.Audiences);
        Assert.Contains("carbon-activity-data", access.Audiences);
        Assert.Contains("carbon-gateway", access.Audiences);
        Assert.Equal(["portal"], id.Audiences);
        Assert.Equal("nonce-1", id.Values("nonce").Single());
    }

    [Fact]
    public async Task An_authority_person_carries_the_region_and_a_service_scope_narrows_the_audiences()
    {
        var person = await platform.PersonAsync("regional-authority", "authority-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var pkce = Pkce.Create();

        using var authorize = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(pkce, "openid accounting"));
        using var posted = await browser.PostLoginAsync(PortalBrowser.Location(authorize), person.UserName, person.Password);
        using var callback = await browser.Http.GetAsync(PortalBrowser.Location(posted));
        var code = QueryHelpers.ParseQuery(callback.Headers.Location!.Query)["code"].ToString();
        var (_, body) = await browser.RedeemAsync(code, pkce.Verifier);

        var access = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("320500", access.Values("region_code").Single());
        Assert.Equal(["carbon-accounting", "carbon-gateway"], access.Audiences.Order());
        Assert.False(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Discovery_advertises_the_authorization_token_and_end_session_endpoints_and_only_S256()
    {
        var discovery = await (await platform.Identity.CreateClient().GetAsync("/.well-known/openid-configuration")).JsonAsync();

        Assert.Equal("http://issuer.test/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://issuer.test/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://issuer.test/connect/endsession", discovery.GetProperty("end_session_endpoint").GetString());
        Assert.Equal("http://issuer.test/connect/userinfo", discovery.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("client_credentials", grants);
    }

    [Fact]
    public async Task Authorize_without_a_code_challenge_is_refused()
    {
        var browser = new PortalBrowser(platform.Identity);

        using var response = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(pkce: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var error = await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", error);
        Assert.Contains("code_challenge", error);
    }

    [Fact]
    public async Task Authorize_for_a_redirect_uri_the_portal_did_not_register_is_refused_without_redirecting()
    {
        var browser = new PortalBrowser(platform.Identity);
        var path = PortalBrowser.AuthorizePath(Pkce.Create()).Replace(Uri.EscapeDataString(IdentityService.PortalRedirectUri), Uri.EscapeDataString("http://evil.test/cb"));

        using var response = await browser.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Code_redeemed_with_a_wrong_verifier_gets_no_token()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var code = await browser.CodeAsync(person.UserName, person.Password, Pkce.Create());

        var (response, body) = await browser.RedeemAsync(code, Pkce.Create().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var pkce = Pkce.Create();
        var code = await browser.CodeAsync(person.UserName, person.Password, pkce);

        var (first, _) = await browser.RedeemAsync(code, pkce.Verifier);
        var (second, body) = await browser.RedeemAsync(code, pkce.Verifier);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task With_a_session_prompt_login_asks_for_the_password_again_and_then_issues_the_code()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        await browser.CodeAsync(person.UserName, person.Password, Pkce.Create());
        var pkce = Pkce.Create();

        using var again = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(pkce) + "&prompt=login");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var login = PortalBrowser.Location(again);
        Assert.StartsWith("/account/login?ReturnUrl=", login);
        Assert.DoesNotContain("prompt", Uri.UnescapeDataString(login));
        using var posted = await browser.PostLoginAsync(login, person.UserName, person.Password);
        using var callback = await browser.Http.GetAsync(PortalBrowser.Location(posted));
        Assert.StartsWith(IdentityService.PortalRedirectUri + "?", callback.Headers.Location!.ToString());
        var (redeemed, _) = await browser.RedeemAsync(QueryHelpers.ParseQuery(callback.Headers.Location!.Query)["code"].ToString(), pkce.Verifier);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
    }

    [Fact]
    public async Task A_session_within_max_age_answers_at_once_and_the_id_token_says_when_the_person_signed_in()
    {
        var person = await platform.PersonAsync("park-operator", "operator-viewer");
        var browser = new PortalBrowser(platform.Identity);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await browser.CodeAsync(person.UserName, person.Password, Pkce.Create());
        var pkce = Pkce.Create();

        using var within = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(pkce) + "&max_age=3600");
        using var expired = await browser.Http.GetAsync(PortalBrowser.AuthorizePath(Pkce.Create()) + "&max_age=0");

        Assert.StartsWith(IdentityService.PortalRedirectUri + "?", within.Headers.Location!.ToString());
        var (_, body) = await browser.RedeemAsync(QueryHelpers.ParseQuery(within.Headers.Location!.Query)["code"].ToString(), pkce.Verifier);
        var authTime = long.Parse(new JsonWebToken(body.GetProperty("id_token").GetString()).Values("auth_time").Single());
        Assert.InRange(authTime, before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.StartsWith("/account/login?ReturnUrl=", PortalBrowser.Location(expired)); // max_age=0: sign in again
    }
}
