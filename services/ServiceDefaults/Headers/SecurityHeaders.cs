using Microsoft.AspNetCore.Builder;

namespace CarbonPlatform.ServiceDefaults.Headers;

public static class SecurityHeaders
{
    /// <summary>
    /// <c>X-Content-Type-Options: nosniff</c> (a browser never runs an uploaded file or a JSON body as script or style)
    /// and <c>Referrer-Policy: no-referrer</c> (a link in a page never hands a park id in our URLs to another site).
    /// Set as the headers go out, so responses written by the exception handler, which clears headers, carry them too.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
