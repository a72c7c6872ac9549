using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Telemetry;

namespace CarbonPlatform.Gateway.Limits;

/// <summary>Requests the gateway refused with 429, by who was limited: an API client, an anonymous address, a portal page.</summary>
public sealed class RateLimitMetrics : IPlatformMetrics
{
    public static readonly string[] Callers = ["client", "address", "page"];
    private readonly Counter<long> _refused;
    private readonly ServiceIdentity _service;

    public RateLimitMetrics(IMeterFactory meters, ServiceIdentity service)
    {
        _service = service;
        _refused = PlatformMeter.Create(meters).CreateCounter<long>("carbon.rate_limit.refused", "{request}",
            "Requests refused with 429 by the per-client rate limit.");
        foreach (var caller in Callers) _refused.Add(0, PlatformMeter.Tags(service, ("caller", caller)));
    }

    public void Refused(string caller) => _refused.Add(1, PlatformMeter.Tags(_service, ("caller", caller)));
}
