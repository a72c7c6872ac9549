using CarbonPlatform.ServiceDefaults.Headers;

namespace CarbonPlatform.Portal.Platform;

public static class PageSecurityPolicy
{
    /// <summary>
    /// The platform's headers (nosniff, no referrer) and, for pages, a policy saying everything they use is served by the
    /// portal itself. Set as the headers go out, so error pages written by the exception handler carry them too.
    /// </summary>
    public static WebApplication UsePageSecurityPolicy(this WebApplication app)
    {
        var csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
            "form-action 'self' " + FormTargets(app.Configuration) + "; frame-ancestors 'none'; base-uri 'self'";
        app.UseSecurityHeaders();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.ContentSecurityPolicy = csp;
                http.Response.Headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    // The sign-in form posts to the identity service, which lives under the issuer's origin.
    private static string FormTargets(IConfiguration configuration) =>
        configuration["Portal:Issuer"] is { } issuer ? new Uri(issuer).GetLeftPart(UriPartial.Authority) : "";
}
