using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Telemetry;

namespace CarbonPlatform.ActivityData.Observability;

/// <summary>Device payloads refused (and kept for the integrator to see), by channel (mqtt, http) and reason code.</summary>
public sealed class DeviceMetrics : IPlatformMetrics
{
    private readonly Counter<long> _refused;
    private readonly ServiceIdentity _service;

    public DeviceMetrics(IMeterFactory meters, ServiceIdentity service)
    {
        _service = service;
        _refused = PlatformMeter.Create(meters).CreateCounter<long>("carbon.device.readings.refused", "{payload}",
            "Device payloads refused (not JSON, a recorded month, an unknown or retired device, ...), by channel and reason.");
        foreach (var channel in new[] { "mqtt", "http" }) _refused.Add(0, PlatformMeter.Tags(service, ("channel", channel), ("reason", "invalid-json")));
    }

    public void Refused(string channel, string reason) => _refused.Add(1, PlatformMeter.Tags(_service, ("channel", channel), ("reason", reason)));
}
