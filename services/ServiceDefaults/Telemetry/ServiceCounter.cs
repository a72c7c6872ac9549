using System.Diagnostics.Metrics;

namespace CarbonPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// A counter of the platform's meter whose every count carries the service's tag. The tag sets it starts with (with none
/// given, the series of the service's tag alone) are recorded as 0 at once: a series not yet added to would be absent
/// from /metrics, and an absent series cannot alert.
/// </summary>
public sealed class ServiceCounter
{
    private readonly Counter<long> _counter;
    private readonly ServiceIdentity _service;

    public ServiceCounter(IMeterFactory meters, ServiceIdentity service, string name, string unit, string description,
        params (string Key, object? Value)[][] startAtZero)
    {
        _service = service;
        _counter = PlatformMeter.Create(meters).CreateCounter<long>(name, unit, description);
        foreach (var tags in startAtZero.Length == 0 ? [[]] : startAtZero) Add(0, tags);
    }

    public void Add(long count, params (string Key, object? Value)[] tags) => _counter.Add(count, PlatformMeter.Tags(_service, tags));
}
