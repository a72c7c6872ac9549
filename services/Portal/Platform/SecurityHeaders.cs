namespace CarbonPlatform.Portal.Platform;

public static class SecurityHeaders
{
    /// <summary>Everything the pages use is served by the portal itself: the policy says so, and nothing else may load.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                "form-action 'self' " + FormTargets(app.Configuration) + "; frame-ancestors 'none'; base-uri 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            return next(http);
        });
        return app;
    }

    // The sign-in form posts to the identity service, which lives under the issuer's origin.
    private static string FormTargets(IConfiguration configuration) =>
        configuration["Portal:Issuer"] is { } issuer ? new Uri(issuer).GetLeftPart(UriPartial.Authority) : "";
}
