using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Logs as one JSON object a line outside Development (<c>Logging:Format</c> = <c>json</c> or <c>plain</c> overrides),
/// with the scopes: the trace and span ids, and per request the correlation id, the caller's organisation and the route
/// template (<see cref="RequestLogScope"/>). Plain text for a person at <c>./carbon up</c>. Nothing logs a request's
/// query string, body, headers or token: the route template names the endpoint without the values in the path.
/// </summary>
public static class LoggingExtensions
{
    public static IHostApplicationBuilder AddPlatformLogging(this IHostApplicationBuilder builder)
    {
        var format = builder.Configuration["Logging:Format"] ?? (builder.Environment.IsDevelopment() ? "plain" : "json");
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)) return builder;
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });
        return builder;
    }
}
