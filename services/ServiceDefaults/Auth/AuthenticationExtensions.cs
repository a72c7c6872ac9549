using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CarbonPlatform.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer tokens validated for issuer, this service's own audience, lifetime and signature (RS256 only:
    /// an unsigned or HS-signed token never validates). Every endpoint needs a caller unless it says otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder, string serviceName, string? audience = null)
    {
        var auth = builder.Configuration.GetSection("Auth");
        var issuer = auth["Issuer"] ?? throw new InvalidOperationException("Auth:Issuer is not configured.");
        var jwks = auth["JwksUri"] ?? throw new InvalidOperationException("Auth:JwksUri is not configured.");
        audience ??= PlatformAudiences.For(serviceName);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.RequireHttpsMetadata = false;
            o.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                jwks, new JwksRetriever(), new HttpDocumentRetriever { RequireHttps = jwks.StartsWith("https", StringComparison.Ordinal) })
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(1),
                RefreshInterval = TimeSpan.FromSeconds(30),
            };
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = issuer.TrimEnd('/') + "/",
                ValidIssuers = [issuer.TrimEnd('/') + "/", issuer.TrimEnd('/')],
                ValidateAudience = true,
                ValidAudience = audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                NameClaimType = PlatformClaims.Subject,
                RoleClaimType = PlatformClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PlatformPolicies.PlatformAdmin, p => p.RequireRole(PlatformRoles.PlatformAdmin))
            .AddPolicy(PlatformPolicies.Service, p => p
                .RequireRole(PlatformRoles.PlatformService)
                .RequireClaim(PlatformClaims.OrganizationKind, OrganizationKinds.Platform));
        return builder;
    }
}

public static class PlatformPolicies
{
    public const string PlatformAdmin = "platform-admin";

    /// <summary>What every gRPC service requires: a platform service's token for this service's audience.</summary>
    public const string Service = "platform-service";
}
