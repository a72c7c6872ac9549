using System.Diagnostics;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Every log line written while a request is handled names its correlation id (the caller's <c>X-Correlation-Id</c>
/// when it is a plain token of up to 64 characters, else the trace id, which the outbox also stamps on the events the
/// request raises), the caller's organisation (an id, never a name or person) and the route template. Call it after
/// authentication, so the caller is known.
/// </summary>
public static class RequestLogScope
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IApplicationBuilder UseRequestLogScope(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CarbonPlatform.Request");
        return app.Use(async (context, next) =>
        {
            var scope = new Dictionary<string, object?>
            {
                ["CorrelationId"] = CorrelationId(context),
                ["OrganizationId"] = context.User.FindFirst(PlatformClaims.OrganizationId)?.Value,
                ["Route"] = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText,
            };
            using (log.BeginScope(scope)) await next(context);
        });
    }

    private static string? CorrelationId(HttpContext context)
    {
        var given = context.Request.Headers[CorrelationHeader].ToString();
        return given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? given
            : Activity.Current?.TraceId.ToString();
    }
}
