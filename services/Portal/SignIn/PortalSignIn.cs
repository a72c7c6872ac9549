using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CarbonPlatform.Portal.SignIn;

/// <summary>
/// People sign in at the identity service (authorization code with PKCE); the portal keeps their tokens in its own
/// encrypted cookie and calls the API with the access token on their behalf, so no token reaches the browser's scripts.
/// </summary>
public static class PortalSignIn
{
    public const string CookieName = "carbon.portal";

    public static IHostApplicationBuilder AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        var portal = builder.Configuration.GetSection("Portal");
        var issuer = portal["Issuer"] ?? throw new InvalidOperationException("Portal:Issuer is not configured.");
        var secret = portal["ClientSecret"] ?? throw new InvalidOperationException("Portal:ClientSecret is not configured.");
        builder.Services.AddSingleton<TokenRefresher>();
        // Replicas must read each other's cookies (and the OIDC state of a sign-in begun at another): a shared key ring.
        if (portal["KeyFolder"] is { Length: > 0 } keys)
            builder.Services.AddDataProtection().SetApplicationName("carbon-portal").PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = false;
                o.Events.OnValidatePrincipal = c => c.HttpContext.RequestServices.GetRequiredService<TokenRefresher>().RefreshIfDueAsync(c);
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = issuer.TrimEnd('/') + "/";
                // In a cluster the portal may reach the issuer's metadata on an inside address.
                if (portal["MetadataAddress"] is { Length: > 0 } metadata) o.MetadataAddress = metadata;
                o.RequireHttpsMetadata = o.Authority.StartsWith("https://", StringComparison.Ordinal)
                    && (o.MetadataAddress is null || o.MetadataAddress.StartsWith("https://", StringComparison.Ordinal));
                o.BackchannelHttpHandler = InsideAddressHandler.From(builder.Configuration);
                o.ClientId = portal["ClientId"] ?? "portal";
                o.ClientSecret = secret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "offline_access" }) o.Scope.Add(scope);
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = "role";
                o.ClaimActions.MapAll();
                // Identity and portal share the gateway's origin: Lax is enough, and Secure follows the public scheme.
                o.CorrelationCookie.SameSite = o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        app.MapGet("/sign-in", (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));
        app.MapPost("/sign-out", () => Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])).RequireAuthorization();
        return app;
    }

    internal static string LocalOrHome(string? url) => ReturnUrls.LocalOrHome(url);
}
