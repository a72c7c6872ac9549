using System.Collections.Immutable;
using System.Security.Claims;
using CarbonPlatform.Identity.Server;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.People;

/// <summary>
/// A person's claims as the access token and the identity token both carry them, always from the current record:
/// the portal reads the organisation and roles from the id_token, services from the access token.
/// </summary>
public static class PersonPrincipal
{
    public static ClaimsPrincipal For(Person person, ImmutableArray<string> scopes, DateTimeOffset? signedInAt = null, string? sessionId = null)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Id.ToString())
            .SetClaim(Claims.Name, person.DisplayName)
            .SetClaim(Claims.PreferredUsername, person.UserName)
            .SetClaim(PlatformClaims.OrganizationId, person.OrganizationId.ToString())
            .SetClaim(PlatformClaims.OrganizationKind, person.OrganizationKind);
        if (person.RegionCode is not null) identity.SetClaim(PlatformClaims.RegionCode, person.RegionCode);
        if (person.ParkId is { } park) identity.SetClaim(PlatformClaims.ParkId, park.ToString());
        if (person.EnterpriseId is { } enterprise) identity.SetClaim(PlatformClaims.EnterpriseId, enterprise.ToString());
        identity.SetClaims(Claims.Role, [.. person.Roles]);
        if (signedInAt is { } at) identity.AddClaim(Authorization.Reauthentication.AuthTimeClaim(at));
        if (sessionId is not null) identity.SetClaim(PlatformClaims.SessionId, sessionId);

        identity.SetScopes(scopes);
        identity.SetResources(IdentityServerSetup.AudiencesFor(scopes));
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
