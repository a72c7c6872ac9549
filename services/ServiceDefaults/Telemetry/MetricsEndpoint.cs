using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// <c>/metrics</c> (Prometheus text) on a port of its own, the Kestrel endpoint <c>Metrics</c>
/// (<c>Kestrel:Endpoints:Metrics:Url</c>), which nothing routes to from outside: the gateway proxies only its public
/// routes and the chart's NetworkPolicy opens the port to the monitoring peers alone. The check is on the port the
/// connection arrived at, not on the Host header a caller chooses. Anywhere else <c>/metrics</c> is 404, so the
/// gateway's catch-all route to the portal cannot reach it either; the metrics port serves nothing but it.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";
    public const string KestrelEndpoint = "Metrics";

    public static int? Port(IConfiguration configuration) =>
        Uri.TryCreate((configuration[$"Kestrel:Endpoints:{KestrelEndpoint}:Url"] ?? "").Replace("*", "localhost").Replace("+", "localhost"),
            UriKind.Absolute, out var url) ? url.Port : null;

    public static WebApplication UsePlatformMetrics(this WebApplication app)
    {
        var port = Port(app.Configuration);
        app.UseWhen(ctx => IsMetricsPort(ctx, port) ? ctx.Request.Path != Path : ctx.Request.Path.StartsWithSegments(Path),
            refused => refused.Run(ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        if (port is not null)
            app.UseOpenTelemetryPrometheusScrapingEndpoint(ctx => IsMetricsPort(ctx, port) && ctx.Request.Path == Path);
        return app;
    }

    private static bool IsMetricsPort(HttpContext context, int? port) => port is not null && context.Connection.LocalPort == port;
}
