using System.Security.Claims;
using CarbonPlatform.Identity.ApiClients;
using CarbonPlatform.Identity.Authorization;
using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.People;
using CarbonPlatform.Identity.Revocations;
using CarbonPlatform.Identity.Server;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Tokens;

public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", async (HttpContext http, ApiClientRegistry clients, IdentityDb db, RevocationRecords revocations,
            CancellationToken ct) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            if (request.IsClientCredentialsGrantType()) return await ForClientAsync(request, clients, ct);
            if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType()) return await ForPersonAsync(http, db, revocations, ct);
            return OpenIddictResults.Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// OpenIddict has already authenticated the client; this adds the organisation, its kind, region and roles, and
    /// the audiences of the scopes asked for (all the client may ask for when none is named).
    /// </summary>
    private static async Task<IResult> ForClientAsync(OpenIddictRequest request, ApiClientRegistry clients, CancellationToken ct)
    {
        var tenant = await clients.FindTenantAsync(request.ClientId!, ct);
        if (tenant is null) return OpenIddictResults.Forbid(Errors.InvalidClient, "The client has no organisation or was revoked.");

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(PlatformClaims.OrganizationKind, tenant.OrganizationKind);
        if (tenant.OrganizationId is not null) identity.SetClaim(PlatformClaims.OrganizationId, tenant.OrganizationId);
        if (tenant.RegionCode is not null) identity.SetClaim(PlatformClaims.RegionCode, tenant.RegionCode);
        if (tenant.ParkId is not null) identity.SetClaim(PlatformClaims.ParkId, tenant.ParkId);
        if (tenant.EnterpriseId is not null) identity.SetClaim(PlatformClaims.EnterpriseId, tenant.EnterpriseId);
        identity.SetClaims(Claims.Role, [.. tenant.Roles]);

        var scopes = request.GetScopes();
        // OpenIddict checks only the scopes a request names: none named means every scope the client is permitted.
        if (scopes.IsEmpty) scopes = await clients.PermittedScopesAsync(request.ClientId!, ct);
        identity.SetScopes(scopes);
        identity.SetResources(IdentityServerSetup.AudiencesFor(scopes));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// OpenIddict has validated the code (and its PKCE verifier) or the refresh token; the claims are built anew from the
    /// person's current record, so a changed role shows at the next refresh and a disabled person gets nothing; the
    /// sign-in session goes along, and one that was ended gets nothing either.
    /// </summary>
    private static async Task<IResult> ForPersonAsync(HttpContext http, IdentityDb db, RevocationRecords revocations, CancellationToken ct)
    {
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (await db.FindActiveAsync(granted.Principal, ct) is not { } person)
            return OpenIddictResults.Forbid(Errors.InvalidGrant, "The person can no longer sign in.");
        var session = granted.Principal!.FindFirst(PlatformClaims.SessionId)?.Value;
        if (session is not null && await revocations.IsRevokedAsync(Revocation.Session, session, ct))
            return OpenIddictResults.Forbid(Errors.InvalidGrant, "The sign-in session was ended.");
        return Results.SignIn(PersonPrincipal.For(person, granted.Principal!.GetScopes(), Authorization.Reauthentication.AuthTime(granted.Principal), session),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
