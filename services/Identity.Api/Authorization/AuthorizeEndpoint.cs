using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.People;
using CarbonPlatform.Identity.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Authorization;

public static class AuthorizeEndpoint
{
    /// <summary>
    /// OpenIddict has validated the client, redirect URI, scopes and PKCE challenge. Without a sign-in session (or with
    /// one the request will not take: prompt=login, max_age) the person is sent to the login page, which sends them back
    /// here; with one, the code is issued for them.
    /// </summary>
    public static IEndpointRouteBuilder MapAuthorizeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, IdentityDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var session = await http.AuthenticateAsync(IdentityCookie.Scheme);
            var person = session.Succeeded ? await db.FindActiveAsync(session.Principal, ct) : null;
            if (person is null || Reauthentication.Required(request, session.Principal!, clock.GetUtcNow()))
            {
                if (request.HasPromptValue(PromptValues.None))
                    return OpenIddictResults.Forbid(Errors.LoginRequired, "The person is not signed in.");
                if (session.Succeeded) await http.SignOutAsync(IdentityCookie.Scheme);
                var parameters = (http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList())
                    .Where(p => !Reauthentication.SignInParameters.Contains(p.Key));
                return Results.Challenge(new AuthenticationProperties
                {
                    RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters),
                }, [IdentityCookie.Scheme]);
            }
            return Results.SignIn(PersonPrincipal.For(person, request.GetScopes(), Reauthentication.AuthTime(session.Principal),
                    session.Principal!.FindFirst(PlatformClaims.SessionId)?.Value),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
