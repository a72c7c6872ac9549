using CarbonPlatform.Gateway.Health;
using CarbonPlatform.Gateway.Limits;
using CarbonPlatform.Gateway.OpenApi;
using CarbonPlatform.Gateway.Operations;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Headers;
using CarbonPlatform.ServiceDefaults.Health;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Secrets;
using CarbonPlatform.ServiceDefaults.Telemetry;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddDaprSecretStore();
builder.AddPlatformTelemetry("gateway");
builder.AddPlatformProblemDetails();
builder.AddPlatformAuthentication("gateway", PlatformAudiences.Gateway);
// On by default; the switch exists so that the gateway benchmark can measure what remembering saves.
if (builder.Configuration.GetValue("Gateway:RememberValidatedTokens", true)) builder.RememberValidatedTokens();
builder.AddPlatformHealthChecks();
builder.Services.AddHealthChecks().AddCheck<ServicesReadyCheck>("services", tags: [HealthExtensions.ReadyTag]);
builder.Services.AddHttpClient(ServicesReadyCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
builder.Services.AddHttpClient(MergedOpenApiDocument.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
builder.AddRequestLimits();
builder.Services.AddHttpClient(DeadLetterAggregate.ClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
builder.Services.AddSingleton<MergedOpenApiDocument>();
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.UseSecurityHeaders();
app.UseReferencePagePolicy();
app.UsePlatformMetrics(); // the metrics port only: /metrics on the public port is 404, never proxied
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBodySizeLimit();
app.UseMultipartBoundaryLimit();
app.UseAuthentication();
app.UseRequestLogScope();
app.UseRateLimiter();
app.UseAuthorization();
app.MapPlatformHealthEndpoints();
app.MapMergedOpenApi();
app.MapDeadLetterAggregate().RequireRateLimiting(RequestLimits.PerClientPolicy);
app.MapScalarApiReference("/reference", o => o.WithTitle("CarbonPlatform API v1").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
    .AllowAnonymous();
app.MapReverseProxy().RequireRateLimiting(RequestLimits.PerClientPolicy);
app.Run();

public partial class Program;
