using CarbonPlatform.Identity.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Server;

public static class IdentityServerSetup
{
    /// <summary>Scopes name services; a token's audiences are those of its scopes.</summary>
    public static readonly string[] ServiceScopes = PlatformAudiences.Services;

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
                o.SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow();
                o.RegisterScopes(ServiceScopes);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(configuration.GetValue("Identity:AccessTokenMinutes", 15)));
                o.AddSigningKey(SigningKeys.Load(configuration, builder.Environment, "SigningKey"));
                o.AddEncryptionKey(SigningKeys.Load(configuration, builder.Environment, "EncryptionKey"));
                // Services validate plain signed JWTs with the published keys; nothing secret travels in them.
                o.DisableAccessTokenEncryption();
                var aspnet = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                // TLS ends at the ingress in a cluster and is absent on loopback; the issuer stays the public URL.
                aspnet.DisableTransportSecurityRequirement();
            });
        return builder;
    }

    public static IEnumerable<string> AudiencesFor(IEnumerable<string> scopes) =>
        scopes.Where(ServiceScopes.Contains).Select(PlatformAudiences.For).Append(PlatformAudiences.Gateway);

    public static IEnumerable<string> PermissionsForApiClient() =>
        new[] { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials }
            .Concat(ServiceScopes.Select(s => Permissions.Prefixes.Scope + s));
}
