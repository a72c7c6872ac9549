using System.Diagnostics.Metrics;

namespace CarbonPlatform.ActivityData.Observability;

/// <summary>Device payloads refused (and kept for the integrator to see), by channel (mqtt, http) and reason code.</summary>
public sealed class DeviceMetrics(IMeterFactory meters, ServiceIdentity service) : IPlatformMetrics
{
    private readonly ServiceCounter _refused = new(meters, service, "carbon.device.readings.refused", "{payload}",
        "Device payloads refused (not JSON, a recorded month, an unknown or retired device, ...), by channel and reason.",
        [("channel", "mqtt"), ("reason", "invalid-json")], [("channel", "http"), ("reason", "invalid-json")]);

    public void Refused(string channel, string reason) => _refused.Add(1, ("channel", channel), ("reason", reason));
}
