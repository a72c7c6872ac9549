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
            var scope = new Scope(CorrelationId(context), context.User.FindFirst(PlatformClaims.OrganizationId)?.Value,
                (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText);
            using (log.BeginScope(scope)) await next(context);
        });
    }

    /// <summary>The scope's properties (what the JSON formatter writes) and a plain rendering for the simple console.</summary>
    private sealed class Scope(string? correlationId, string? organizationId, string? route) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?>[] _items =
            [new("CorrelationId", correlationId), new("OrganizationId", organizationId), new("Route", route)];

        public KeyValuePair<string, object?> this[int index] => _items[index];
        public int Count => _items.Length;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => $"CorrelationId:{correlationId} OrganizationId:{organizationId} Route:{route}";
    }

    private static string? CorrelationId(HttpContext context)
    {
        var given = context.Request.Headers[CorrelationHeader].ToString();
        return given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? given
            : Activity.Current?.TraceId.ToString();
    }
}
