using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Server;

/// <summary>
/// The portal's OpenIddict application, created or brought up to date at startup when <c>Identity:Portal:ClientSecret</c>
/// is set (redirect URIs from <c>Identity:Portal:RedirectUris</c> and <c>Identity:Portal:PostLogoutRedirectUris</c>,
/// each a ';'-separated list). Without the secret no portal client exists.
/// </summary>
public static class PortalClient
{
    public const string ClientId = "portal";
    public const int MinimumProductionSecretLength = 32;

    public static async Task EnsureAsync(WebApplication app)
    {
        var section = app.Configuration.GetSection("Identity:Portal");
        var secret = section["ClientSecret"];
        if (string.IsNullOrEmpty(secret)) return;
        if (app.Environment.IsProduction() && secret.Length < MinimumProductionSecretLength)
            throw new InvalidOperationException($"Identity:Portal:ClientSecret must have at least {MinimumProductionSecretLength} characters in production.");

        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = Describe(secret, Uris(section["RedirectUris"]), Uris(section["PostLogoutRedirectUris"]));
        var existing = await applications.FindByClientIdAsync(ClientId);
        if (existing is null) await applications.CreateAsync(descriptor);
        else await applications.UpdateAsync(existing, descriptor);
    }

    private static OpenIddictApplicationDescriptor Describe(string secret, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "CarbonPlatform portal",
        };
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutUris);
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            .. IdentityServerSetup.PersonScopes.Concat(IdentityServerSetup.ServiceScopes).Select(s => Permissions.Prefixes.Scope + s),
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    private static IEnumerable<Uri> Uris(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u, UriKind.Absolute));
}
