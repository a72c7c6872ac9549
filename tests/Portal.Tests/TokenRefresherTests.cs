using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using CarbonPlatform.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

/// <summary>The portal keeps a person's access token fresh with the rotating refresh token, or signs them out.</summary>
public sealed class TokenRefresherTests
{
    private const string TokenEndpoint = "http://issuer.test/connect/token";

    private sealed class TokenServer(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<Dictionary<string, string>> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Assert.Equal(TokenEndpoint, request.RequestUri!.ToString());
            var form = await request.Content!.ReadAsStringAsync(ct);
            Requests.Add(form.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1])));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class Oidc : IOptionsMonitor<OpenIdConnectOptions>
    {
        public OpenIdConnectOptions CurrentValue { get; } = new()
        {
            ClientId = "portal", ClientSecret = "portal-secret",
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration { TokenEndpoint = TokenEndpoint }),
        };

        public OpenIdConnectOptions Get(string? name) => CurrentValue;
        public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
    }

    private sealed class Authentication : IAuthenticationService
    {
        public List<string?> SignedOut { get; } = [];
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme) => throw new NotSupportedException();
        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => throw new NotSupportedException();
        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => throw new NotSupportedException();
        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => throw new NotSupportedException();
        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) { SignedOut.Add(scheme); return Task.CompletedTask; }
    }

    private static (CookieValidatePrincipalContext Context, Authentication Authentication) Session(TimeSpan expiresIn, string? refreshToken = "refresh-1")
    {
        var authentication = new Authentication();
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton<IAuthenticationService>(authentication).BuildServiceProvider() };
        var properties = new AuthenticationProperties();
        var tokens = new List<AuthenticationToken>
        {
            new() { Name = "access_token", Value = "access-1" },
            new() { Name = "expires_at", Value = DateTimeOffset.UtcNow.Add(expiresIn).ToString("o", CultureInfo.InvariantCulture) },
        };
        if (refreshToken is not null) tokens.Add(new AuthenticationToken { Name = "refresh_token", Value = refreshToken });
        properties.StoreTokens(tokens);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "person-1")], "test"));
        var scheme = new AuthenticationScheme(CookieAuthenticationDefaults.AuthenticationScheme, null, typeof(CookieAuthenticationHandler));
        return (new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(), new AuthenticationTicket(principal, properties, scheme.Name)),
            authentication);
    }

    private static TokenRefresher Refresher(TokenServer server) => new(new Oidc(), new Clients(server), NullLogger<TokenRefresher>.Instance);

    [Fact]
    public async Task A_token_with_minutes_to_live_is_left_alone()
    {
        var server = new TokenServer(HttpStatusCode.OK, "{}");
        var (context, _) = Session(TimeSpan.FromMinutes(10));

        await Refresher(server).RefreshIfDueAsync(context);

        Assert.Empty(server.Requests);
        Assert.False(context.ShouldRenew);
        Assert.Equal("access-1", context.Properties.GetTokenValue("access_token"));
    }

    [Fact]
    public async Task A_token_about_to_expire_is_refreshed_and_the_rotated_refresh_token_kept()
    {
        var server = new TokenServer(HttpStatusCode.OK, """{"access_token":"access-2","refresh_token":"refresh-2","expires_in":900}""");
        var (context, authentication) = Session(TimeSpan.FromSeconds(30));

        await Refresher(server).RefreshIfDueAsync(context);

        var sent = Assert.Single(server.Requests);
        Assert.Equal(("refresh_token", "refresh-1", "portal", "portal-secret"),
            (sent["grant_type"], sent["refresh_token"], sent["client_id"], sent["client_secret"]));
        Assert.Equal(("access-2", "refresh-2"), (context.Properties.GetTokenValue("access_token"), context.Properties.GetTokenValue("refresh_token")));
        var expiresAt = DateTimeOffset.Parse(context.Properties.GetTokenValue("expires_at")!, CultureInfo.InvariantCulture);
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.True(context.ShouldRenew);
        Assert.NotNull(context.Principal);
        Assert.Empty(authentication.SignedOut);
    }

    [Fact]
    public async Task A_refused_refresh_signs_the_person_out()
    {
        var server = new TokenServer(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}""");
        var (context, authentication) = Session(TimeSpan.FromSeconds(-5));

        await Refresher(server).RefreshIfDueAsync(context);

        Assert.Single(server.Requests);
        Assert.Null(context.Principal);
        Assert.Equal([CookieAuthenticationDefaults.AuthenticationScheme], authentication.SignedOut);
    }

    [Fact]
    public async Task An_expiring_session_without_a_refresh_token_is_signed_out_without_asking()
    {
        var server = new TokenServer(HttpStatusCode.OK, "{}");
        var (context, authentication) = Session(TimeSpan.FromSeconds(10), refreshToken: null);

        await Refresher(server).RefreshIfDueAsync(context);

        Assert.Empty(server.Requests);
        Assert.Null(context.Principal);
        Assert.Single(authentication.SignedOut);
    }
}
