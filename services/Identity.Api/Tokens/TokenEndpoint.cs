using System.Security.Claims;
using CarbonPlatform.Identity.ApiClients;
using CarbonPlatform.Identity.Server;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Tokens;

public static class TokenEndpoint
{
    /// <summary>
    /// OpenIddict has already authenticated the client; this adds the organisation, its kind, region and roles, and
    /// the audiences of the scopes asked for (all services when none is named).
    /// </summary>
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", async (HttpContext http, ApiClientRegistry clients, CancellationToken ct) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            if (!request.IsClientCredentialsGrantType())
                return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
            var tenant = await clients.FindTenantAsync(request.ClientId!, ct);
            if (tenant is null) return Forbid(Errors.InvalidClient, "The client has no organisation.");

            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(PlatformClaims.OrganizationKind, tenant.OrganizationKind);
            if (tenant.OrganizationId is not null) identity.SetClaim(PlatformClaims.OrganizationId, tenant.OrganizationId);
            if (tenant.RegionCode is not null) identity.SetClaim(PlatformClaims.RegionCode, tenant.RegionCode);
            identity.SetClaims(Claims.Role, [.. tenant.Roles]);

            var scopes = request.GetScopes();
            if (scopes.IsEmpty) scopes = [.. IdentityServerSetup.ServiceScopes];
            identity.SetScopes(scopes);
            identity.SetResources(IdentityServerSetup.AudiencesFor(scopes));
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
