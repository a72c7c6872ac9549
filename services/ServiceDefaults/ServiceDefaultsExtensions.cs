using CarbonPlatform.ServiceDefaults.Compression;
using CarbonPlatform.ServiceDefaults.Hosting;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Auth.Revocations;
using CarbonPlatform.ServiceDefaults.Headers;
using CarbonPlatform.ServiceDefaults.OpenApi;
using CarbonPlatform.ServiceDefaults.Health;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Secrets;
using CarbonPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// What every service of the platform has: its secrets (from a Dapr secret store when one is named), telemetry,
    /// health, problem details, JSON (compressed when asked), tokens for its own audience. Call it first: what follows reads configuration.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddDaprSecretStore();
        builder.AddGracefulStop();
        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.AddPlatformTelemetry(serviceName);
        builder.AddPlatformHealthChecks();
        builder.AddPlatformProblemDetails();
        builder.AddJsonCompression();
        builder.AddPlatformAuthentication(serviceName);
        builder.AddAccessRevocations();
        builder.Services.ConfigureHttpJsonOptions(o => OpenApi.ContractJson.Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi("v1", o => o.AddPlatformContract());
        return builder;
    }

    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UsePlatformMetrics();
        app.UseJsonCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRequestLogScope();
        app.UseAuthorization();
        app.UseUtf8JsonBodies();
        app.MapPlatformHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}

public sealed record ServiceIdentity(string Name);
