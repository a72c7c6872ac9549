namespace CarbonPlatform.Gateway.OpenApi;

/// <summary>
/// The API reference page runs script in the platform's origin: a Content-Security-Policy keeps it to its own scripts and
/// to calls back to the gateway, and no other site may frame it (clickjacking a signed-in developer's "send" button).
/// </summary>
public static class ReferencePagePolicy
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseReferencePagePolicy(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/reference") || context.Request.Path.StartsWithSegments("/scalar"))
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
        return next(context);
    });
}
