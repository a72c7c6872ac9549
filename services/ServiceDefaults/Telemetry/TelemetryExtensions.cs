using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    public const string PlatformSource = "CarbonPlatform";

    /// <summary>
    /// Traces across HTTP, gRPC (over HttpClient) and RabbitMQ (MassTransit puts the trace context in message headers);
    /// metrics: ASP.NET Core, Kestrel, HTTP client, gRPC, the .NET runtime and the platform's own (<see cref="PlatformSource"/>),
    /// scraped at <c>/metrics</c> on the metrics port (<see cref="MetricsEndpoint"/>) and pushed over OTLP when a collector is named.
    /// Logs: <see cref="LoggingExtensions"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Services.TryAddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddHostedService<PlatformMetricsStart>();
        builder.AddPlatformLogging();
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName));
        // Spans are recorded only where they are exported: with no collector they cost every request (a server span, a
        // client span per call, their tags) and reach no one. The trace context still flows without them: ASP.NET Core
        // starts the request's activity from traceparent and HttpClient and YARP pass it on, so log lines, problem
        // details and outbox events keep their trace ids.
        if (exporting)
            otel.WithTracing(t => t
                .AddSource(PlatformSource)
                .AddSource("MassTransit") // the bus's activity source, named here so the gateway and portal need no MassTransit
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx =>
                    !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments(MetricsEndpoint.Path))
                .AddHttpClientInstrumentation());
        otel.WithMetrics(m => m
                .AddMeter(PlatformSource)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", "Grpc.AspNetCore.Server", "Grpc.Net.Client")
                .AddPrometheusExporter());

        // Export only where a collector is configured; the platform runs without one.
        if (exporting) otel.UseOtlpExporter();
        return builder;
    }

    /// <summary>A set of the platform's instruments, created at start-up so that every series is on /metrics from the first scrape.</summary>
    public static IServiceCollection AddPlatformMetrics<TMetrics>(this IServiceCollection services) where TMetrics : class, IPlatformMetrics
    {
        services.TryAddSingleton<TMetrics>();
        services.AddSingleton<IPlatformMetrics>(sp => sp.GetRequiredService<TMetrics>());
        return services;
    }
}
