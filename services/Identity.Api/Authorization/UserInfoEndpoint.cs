using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.People;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Authorization;

public static class UserInfoEndpoint
{
    /// <summary>The signed-in person as the current record has them (OpenIddict has validated the access token).</summary>
    public static IEndpointRouteBuilder MapUserInfoEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, IdentityDb db, CancellationToken ct) =>
        {
            var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            if (await db.FindActiveAsync(token.Principal, ct) is not { } person)
                return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            return Results.Ok(new Dictionary<string, object?>
            {
                [Claims.Subject] = person.Id.ToString(),
                [Claims.Name] = person.DisplayName,
                [Claims.PreferredUsername] = person.UserName,
                [PlatformClaims.OrganizationId] = person.OrganizationId.ToString(),
                [PlatformClaims.OrganizationKind] = person.OrganizationKind,
                [PlatformClaims.RegionCode] = person.RegionCode,
                [PlatformClaims.ParkId] = person.ParkId?.ToString(),
                [PlatformClaims.EnterpriseId] = person.EnterpriseId?.ToString(),
                [Claims.Role] = person.Roles,
            });
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
