using CarbonPlatform.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace CarbonPlatform.Identity.Authorization;

public static class EndSessionEndpoint
{
    /// <summary>Ends the sign-in session; OpenIddict redirects to the post_logout_redirect_uri it has validated for the client.</summary>
    public static IEndpointRouteBuilder MapEndSessionEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            await http.SignOutAsync(IdentityCookie.Scheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = IdentityCookie.LoginPath },
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
