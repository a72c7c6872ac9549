using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy.Configuration;

namespace CarbonPlatform.Gateway.Health;

/// <summary>The gateway is ready when every service behind it says it is ready (its database and broker included).</summary>
public sealed class ServicesReadyCheck(IProxyConfigProvider proxy, IHttpClientFactory clients) : IHealthCheck
{
    public const string ClientName = "health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var http = clients.CreateClient(ClientName);
        var checks = proxy.GetConfig().Clusters.Select(async cluster =>
        {
            var address = cluster.Destinations!.Values.First().Address.TrimEnd('/');
            try
            {
                using var response = await http.GetAsync(address + "/health/ready", cancellationToken);
                return (cluster.ClusterId, Ready: response.IsSuccessStatusCode, Detail: ((int)response.StatusCode).ToString());
            }
            catch (HttpRequestException e) { return (cluster.ClusterId, Ready: false, Detail: e.Message); }
            catch (TaskCanceledException) { return (cluster.ClusterId, Ready: false, Detail: "timed out"); }
        });
        var results = await Task.WhenAll(checks);
        var data = results.ToDictionary(r => r.ClusterId, r => (object)(r.Ready ? "ready" : "not ready: " + r.Detail));
        var notReady = results.Where(r => !r.Ready).Select(r => r.ClusterId).ToList();
        return notReady.Count == 0
            ? HealthCheckResult.Healthy("every service is ready", data)
            : HealthCheckResult.Unhealthy("not ready: " + string.Join(", ", notReady), data: data);
    }
}
