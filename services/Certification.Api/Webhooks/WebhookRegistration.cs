using System.Net.Http.Headers;
using Dapr;
using Dapr.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookRegistration
{
    /// <summary>
    /// Options from <c>Webhooks</c>, the transport and the dispatcher. With <c>Webhooks:DaprBinding</c> set, deliveries go
    /// through that binding of the sidecar (gRPC API at <c>Dapr:GrpcEndpoint</c>, else Dapr's own <c>DAPR_GRPC_ENDPOINT</c>
    /// / <c>DAPR_GRPC_PORT</c>; token from <c>DAPR_API_TOKEN</c>); without it the service posts to receivers itself.
    /// </summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.MaxAttempts >= 1 && o.BatchSize >= 1 && o.Parallelism >= 1, "Webhooks: MaxAttempts, BatchSize and Parallelism are at least 1.")
            .Validate(o => o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay, "Webhooks: BaseDelay is positive and at most MaxDelay.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero, "Webhooks: PollInterval and Timeout are positive.")
            .Validate(o => o.Retention > o.MaxDelay * o.MaxAttempts, "Webhooks: Retention is longer than a delivery's attempts can last.")
            .ValidateOnStart();
        services.AddHostedService<WebhookRetention>();

        if (string.IsNullOrWhiteSpace(configuration[$"{WebhookOptions.Section}:{nameof(WebhookOptions.DaprBinding)}"]))
        {
            services.AddHttpClient(DirectWebhookTransport.ClientName, (sp, client) =>
                {
                    client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout;
                    client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("CarbonPlatform-Webhooks", "1"));
                })
                // No proxy: the guard must see the receiver's own address, not a proxy's.
                .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
                {
                    AllowAutoRedirect = false, UseProxy = false, ConnectCallback = sp.GetRequiredService<WebhookUrlGuard>().ConnectAsync,
                });
            services.AddSingleton<IWebhookTransport, DirectWebhookTransport>();
        }
        else
        {
            services.TryAddSingleton(sp => BuildDaprClient(configuration, sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout));
            services.AddSingleton<IWebhookTransport, DaprBindingWebhookTransport>();
        }
        services.AddSingleton<WebhookUrlGuard>();
        services.AddSingleton(new WebhookSecretBox(WebhookSecretKey.Load(configuration, builder.Environment)));
        services.AddScoped<WebhookDeliverer>();
        services.AddHostedService<WebhookDispatcher>();
        return builder;
    }

    private static DaprClient BuildDaprClient(IConfiguration configuration, TimeSpan timeout)
    {
        var client = new DaprClientBuilder()
            .UseGrpcEndpoint(configuration["Dapr:GrpcEndpoint"] is { Length: > 0 } grpc ? grpc : DaprDefaults.GetDefaultGrpcEndpoint(configuration))
            .UseHttpEndpoint(configuration["Dapr:HttpEndpoint"] is { Length: > 0 } http ? http : DaprDefaults.GetDefaultHttpEndpoint(configuration))
            .UseTimeout(timeout);
        if (DaprDefaults.GetDefaultDaprApiToken(configuration) is { Length: > 0 } token) client.UseDaprApiToken(token);
        return client.Build();
    }
}
