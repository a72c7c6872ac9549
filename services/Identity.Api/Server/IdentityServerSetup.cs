using CarbonPlatform.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Server;

public static class IdentityServerSetup
{
    /// <summary>Scopes name services; a token's audiences are those of its scopes.</summary>
    public static readonly string[] ServiceScopes = PlatformAudiences.Services;

    /// <summary>What a person's sign-in may ask for besides the service scopes.</summary>
    public static readonly string[] PersonScopes = [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, Scopes.Roles];

    public static IHostApplicationBuilder AddPlatformIdentityServer(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var issuer = configuration["Identity:Issuer"] ?? configuration["Auth:Issuer"]
            ?? throw new InvalidOperationException("Identity:Issuer is not configured.");
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(o =>
            {
                o.SetIssuer(new Uri(issuer.TrimEnd('/') + "/"));
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo");
                o.AdvertiseEndpointsUnderTheIssuer();
                o.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                o.RequireProofKeyForCodeExchange();
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                o.RegisterScopes([.. PersonScopes, .. ServiceScopes]);
                o.RegisterClaims([Claims.Subject, Claims.Name, Claims.PreferredUsername, Claims.Role, PlatformClaims.SessionId,
                    .. PlatformClaims.Own]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(configuration.GetValue("Identity:AccessTokenMinutes", 15)));
                o.SetRefreshTokenLifetime(TimeSpan.FromHours(configuration.GetValue("Identity:RefreshTokenHours", 8)));
                // Rolling refresh tokens: a spent one is refused at once (no reuse grace), and replaying it revokes the chain.
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                foreach (var key in SigningKeys.LoadSigning(configuration, builder.Environment)) o.AddSigningKey(key);
                o.AddEncryptionKey(SigningKeys.Load(configuration, builder.Environment, "EncryptionKey"));
                // Services validate plain signed JWTs with the published keys; nothing secret travels in them.
                o.DisableAccessTokenEncryption();
                var aspnet = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                // TLS ends at the ingress in a cluster and is absent on loopback; the issuer stays the public URL.
                aspnet.DisableTransportSecurityRequirement();
                o.AddEventHandler(Tokens.TokenMetrics.Descriptor);
            });
        builder.Services.AddPlatformMetrics<Tokens.TokenMetrics>();
        return builder;
    }

    /// <summary>The audiences of the service scopes asked for, and the gateway's; all services when none is named.</summary>
    public static IEnumerable<string> AudiencesFor(IEnumerable<string> scopes)
    {
        IReadOnlyList<string> services = [.. scopes.Where(ServiceScopes.Contains)];
        return (services.Count > 0 ? services : ServiceScopes).Select(PlatformAudiences.For).Append(PlatformAudiences.Gateway);
    }

    /// <summary>Client credentials at the token endpoint, for every service scope or only <paramref name="scopes"/>.</summary>
    public static IEnumerable<string> PermissionsForApiClient(IEnumerable<string>? scopes = null) =>
        new[] { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials }
            .Concat((scopes ?? ServiceScopes).Select(s => Permissions.Prefixes.Scope + s));
}
