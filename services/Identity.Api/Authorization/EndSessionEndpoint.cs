using CarbonPlatform.Identity.Revocations;
using CarbonPlatform.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace CarbonPlatform.Identity.Authorization;

public static class EndSessionEndpoint
{
    /// <summary>
    /// Ends the sign-in session and revokes it: every token it gave (the portal's access and refresh tokens) is refused
    /// by the services within seconds and at the token endpoint at once. The session is the cookie's, or the one the
    /// id_token_hint names when the cookie is gone. OpenIddict redirects to the post_logout_redirect_uri it has validated.
    /// </summary>
    public static IEndpointRouteBuilder MapEndSessionEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, RevocationRecords revocations,
            CancellationToken ct) =>
        {
            var cookie = await http.AuthenticateAsync(IdentityCookie.Scheme);
            var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var sessions = new[] { cookie.Principal, hint.Principal }
                .Select(p => p?.FindFirst(PlatformClaims.SessionId)?.Value).OfType<string>().Distinct();
            foreach (var session in sessions) await revocations.RecordAsync(Revocation.Session, session, ct);
            await http.SignOutAsync(IdentityCookie.Scheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = IdentityCookie.LoginPath },
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
