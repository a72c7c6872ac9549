using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.ServiceTokens;

public static class ServiceTokenExtensions
{
    /// <summary>Calls through this client carry this service's token for <paramref name="targetService"/> (its scope).</summary>
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder builder, string targetService)
    {
        builder.Services.AddServiceTokenSource();
        return builder.AddHttpMessageHandler(sp => new ServiceTokenHandler(sp.GetRequiredService<ServiceTokenSource>(), targetService));
    }

    private static void AddServiceTokenSource(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ServiceTokenSource))) return;
        services.AddHttpClient(ServiceTokenSource.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ServiceTokenSource(
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(ServiceTokenSource.HttpClientName),
            ServiceClientSettings.From(sp.GetRequiredService<IConfiguration>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<UnconfiguredServiceClientWarning>();
    }

    private sealed class UnconfiguredServiceClientWarning(ServiceTokenSource tokens, ILogger<ServiceTokenSource> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!tokens.IsConfigured)
                logger.LogWarning("Auth:ServiceClient:Id, Auth:ServiceClient:Secret or the token endpoint is not configured: " +
                    "this service's gRPC calls go without a token and other services refuse them.");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
