using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

public sealed record PersonTokens(string AccessToken, string RefreshToken, string IdToken);

/// <summary>
/// A person's browser at the gateway, connecting from a loopback address of its own (127.0.0.x), so that the
/// platform sees several callers on one machine: the login form, the portal's code flow with PKCE, sign-out.
/// </summary>
public sealed partial class PersonSignIn : IDisposable
{
    private readonly PlatformFixture _platform;
    public HttpClient Http { get; }
    public IPAddress Address { get; }

    public PersonSignIn(PlatformFixture platform, IPAddress? address = null)
    {
        _platform = platform;
        Address = address ?? NewLoopbackAddress();
        var gatewayPort = platform.Platform.Options.GatewayPort;
        var from = Address;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, gatewayPort), ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        Http = new HttpClient(handler) { BaseAddress = platform.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>127.0.0.2 to 127.0.0.254, different for each caller of a run (all of 127/8 is this machine).</summary>
    public static IPAddress NewLoopbackAddress() => new([127, (byte)RandomNumberGenerator.GetInt32(1, 255),
        (byte)RandomNumberGenerator.GetInt32(0, 256), (byte)RandomNumberGenerator.GetInt32(2, 255)]);

    /// <summary>Loads the login form and posts it with these credentials: the form's answer.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string userName, string password, string returnUrl = "/")
    {
        using var page = await Http.GetAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = HiddenField().Matches(await page.Content.ReadAsStringAsync())
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        form["username"] = userName;
        form["password"] = password;
        return await Http.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    /// <summary>The portal's sign-in: authorize, the login form, back to authorize, the code redeemed with PKCE.</summary>
    public async Task<PersonTokens> SignInAsync(string userName, string password)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = Query("/connect/authorize", new()
        {
            ["client_id"] = "portal", ["response_type"] = "code", ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid profile offline_access", ["state"] = "s", ["nonce"] = "n",
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });
        using (var toLogin = await Http.GetAsync(authorize)) Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        using var posted = await PostLoginAsync(userName, password, authorize);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var callback = await Http.GetAsync(posted.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var code = callback.Headers.Location!.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .Single(p => p[0] == "code")[1];
        code = Uri.UnescapeDataString(code);

        var tokens = await TokenAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier });
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return new PersonTokens(tokens.Body.Str("access_token"), tokens.Body.Str("refresh_token"), tokens.Body.Str("id_token"));
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(string refreshToken) =>
        TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });

    /// <summary>The portal's sign-out: the browser, with its identity cookie, at the end-session endpoint.</summary>
    public async Task SignOutAsync(string idToken)
    {
        using var response = await Http.GetAsync(Query("/connect/endsession", new()
        {
            ["id_token_hint"] = idToken, ["post_logout_redirect_uri"] = _platform.Platform.Options.GatewayUrl + "/signout-callback-oidc",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public HttpClient Bearer(string accessToken)
    {
        var http = new HttpClient { BaseAddress = _platform.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Query(string path, Dictionary<string, string> parameters) =>
        path + "?" + string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    private string RedirectUri => _platform.Platform.Options.GatewayUrl + "/signin-oidc";

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = "portal";
        form["client_secret"] = _platform.Platform.Options.PortalClientSecret;
        using var response = await _platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();

    public void Dispose() => Http.Dispose();
}
