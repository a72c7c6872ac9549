using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.SignIn;

public static class LoginEndpoints
{
    private const string AuthorizePath = "/connect/authorize";

    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(IdentityCookie.LoginPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
            LoginPage.Render(http, antiforgery, returnUrl, IsEnglish(lang), failed: false))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapPost(IdentityCookie.LoginPath, async (HttpContext http, IAntiforgery antiforgery, PasswordSignIn signIn, TimeProvider clock,
            CancellationToken ct) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-in form has expired: load it again.");
            var form = await http.Request.ReadFormAsync(ct);
            var returnUrl = form["ReturnUrl"].ToString();
            var english = IsEnglish(form["lang"]);
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var outcome = await signIn.VerifyAsync(form["username"], form["password"], address, ct);
            if (outcome.Throttled)
            {
                var seconds = (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return LoginPage.Render(http, antiforgery, returnUrl, english, failed: true, userName: form["username"], waitSeconds: seconds);
            }
            if (outcome.Person is not { } person) return LoginPage.Render(http, antiforgery, returnUrl, english, failed: true, userName: form["username"]);

            var session = new ClaimsIdentity(IdentityCookie.Scheme, Claims.Name, Claims.Role);
            session.AddClaim(new Claim(Claims.Subject, person.Id.ToString()));
            session.AddClaim(new Claim(Claims.Name, person.DisplayName));
            session.AddClaim(new Claim(PlatformClaims.SessionId, Guid.NewGuid().ToString("N"))); // what sign-out revokes
            session.AddClaim(Authorization.Reauthentication.AuthTimeClaim(clock.GetUtcNow())); // the cookie slides; this does not
            await http.SignInAsync(IdentityCookie.Scheme, new ClaimsPrincipal(session));
            return Results.Redirect(IsAuthorizeRequest(returnUrl) ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Only back to this service's authorization endpoint: never an open redirect to another site.</summary>
    public static bool IsAuthorizeRequest(string? url) =>
        url is not null && (url == AuthorizePath || url.StartsWith(AuthorizePath + "?", StringComparison.Ordinal));

    private static bool IsEnglish(string? lang) => string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);
}
