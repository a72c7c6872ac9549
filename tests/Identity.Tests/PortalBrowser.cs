using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarbonPlatform.Testing;
using CarbonPlatform.Identity.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace CarbonPlatform.Identity.Tests;

/// <summary>A PKCE pair: the verifier the portal keeps and its S256 challenge.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce Create()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

/// <summary>
/// A browser (cookies kept, redirects not followed) going through the portal's sign-in at the identity service,
/// and the portal's back channel to the token endpoint.
/// </summary>
public sealed partial class PortalBrowser(IdentityService identity)
{
    public HttpClient Http { get; } = identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static string AuthorizePath(Pkce? pkce, string scope = "openid profile offline_access", string state = "state-1") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal", ["response_type"] = "code", ["redirect_uri"] = IdentityService.PortalRedirectUri,
            ["scope"] = scope, ["state"] = state, ["nonce"] = "nonce-1",
            ["code_challenge"] = pkce?.Challenge, ["code_challenge_method"] = pkce is null ? null : "S256",
        }.Where(p => p.Value is not null));

    /// <summary>GET /connect/authorize → login page → POST credentials → back to authorize → the portal's redirect URI.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, Pkce pkce)
    {
        using var authorize = await Http.GetAsync(AuthorizePath(pkce));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var login = Location(authorize);
        Assert.StartsWith("/account/login?ReturnUrl=", login);

        var posted = await PostLoginAsync(login, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var back = Location(posted);
        Assert.StartsWith("/connect/authorize?", back);
        return await Http.GetAsync(back);
    }

    public async Task<string> CodeAsync(string userName, string password, Pkce pkce)
    {
        using var callback = await SignInAsync(userName, password, pkce);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var location = callback.Headers.Location!;
        Assert.StartsWith(IdentityService.PortalRedirectUri + "?", location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("state-1", query["state"].ToString());
        return query["code"].ToString();
    }

    public async Task<string> LoginPageAsync(string path)
    {
        using var page = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    /// <summary>Fills the login form as a person would: its hidden fields (antiforgery token, ReturnUrl) and the credentials.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string loginPath, string userName, string password)
    {
        var form = HiddenFields(await LoginPageAsync(loginPath));
        form["username"] = userName;
        form["password"] = password;
        return await Http.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> RedeemAsync(string code, string verifier) =>
        await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = verifier, ["redirect_uri"] = IdentityService.PortalRedirectUri });

    public async Task<(HttpResponseMessage Response, JsonElement Body)> RefreshAsync(string refreshToken) =>
        await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    private async Task<(HttpResponseMessage, JsonElement)> TokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = "portal";
        form["client_secret"] = IdentityService.PortalSecret;
        var response = await identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static string Location(HttpResponseMessage response) => response.Headers.Location!.OriginalString;

    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();
}
