using System.Threading.RateLimiting;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.RateLimiting;
using CarbonPlatform.ServiceDefaults.Telemetry;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Gateway.Limits;

public static class RequestLimits
{
    public const string PerClientPolicy = "per-client";

    /// <summary>A fixed window per API client (the token's subject), or per address for anonymous callers.</summary>
    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Gateway:RateLimit");
        var perClient = section.GetValue("PermitsPerMinute", 1200);
        var anonymous = section.GetValue("AnonymousPermitsPerMinute", 120);
        var portal = section.GetValue("PortalPermitsPerMinute", 1200);
        builder.Services.AddPlatformMetrics<RateLimitMetrics>();
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(PerClientPolicy, http =>
            {
                var client = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("sub")?.Value : null;
                // A person in the portal loads pages and styles anonymously (the portal's cookie is not a bearer token);
                // the API, the token endpoint and the sign-in form keep the tighter anonymous limit.
                var page = client is null && IsPortalPage(http.Request.Path);
                var key = client is not null ? "client:" + client : (page ? "page:" : "address:") + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = client is not null ? perClient : page ? portal : anonymous,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.RequestServices.GetRequiredService<RateLimitMetrics>().Refused(CallerKind(http));
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    http.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await Problems.WithErrors(429, "Too many requests.", [new InputError(null, "client", "rate-limited", "This client is over its request rate; retry later.")])
                    .ExecuteAsync(http);
            };
        });
        return builder;
    }

    private static string CallerKind(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub") is not null ? "client"
        : IsPortalPage(http.Request.Path) ? "page" : "address";

    private static readonly string[] NotPages = ["/api/", "/connect/", "/account/", "/.well-known/"];

    private static bool IsPortalPage(PathString path) =>
        !NotPages.Any(prefix => path.StartsWithSegments(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
