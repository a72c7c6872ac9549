using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// A set of the platform's instruments. Measurements carry the tag <c>service</c> and never a tenant or park id.
/// Each implementation records zero for every series it knows at start-up (a counter not yet added to would be absent
/// from /metrics, and an absent series cannot alert).
/// </summary>
public interface IPlatformMetrics;

public static class PlatformMeter
{
    public static Meter Create(IMeterFactory meters) => meters.Create(TelemetryExtensions.PlatformSource);

    public static TagList Tags(ServiceIdentity service, params (string Key, object? Value)[] more)
    {
        var tags = new TagList { { "service", service.Name } };
        foreach (var (key, value) in more) tags.Add(key, value);
        return tags;
    }
}

/// <summary>Creates every registered <see cref="IPlatformMetrics"/> when the host starts.</summary>
internal sealed class PlatformMetricsStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetServices<IPlatformMetrics>().ToList();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
