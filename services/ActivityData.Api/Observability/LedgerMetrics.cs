using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Telemetry;

namespace CarbonPlatform.ActivityData.Observability;

/// <summary>Ledger verifications by outcome: a failed one means a stored entry or reading no longer matches its hash.</summary>
public sealed class LedgerMetrics : IPlatformMetrics
{
    private readonly Counter<long> _verifications;
    private readonly ServiceIdentity _service;

    public LedgerMetrics(IMeterFactory meters, ServiceIdentity service)
    {
        _service = service;
        _verifications = PlatformMeter.Create(meters).CreateCounter<long>("carbon.ledger.verifications", "{verification}",
            "Ledger verifications (hash chain and meter readings), by outcome: intact or failed.");
        _verifications.Add(0, PlatformMeter.Tags(service, ("outcome", "intact")));
        _verifications.Add(0, PlatformMeter.Tags(service, ("outcome", "failed")));
    }

    public void Verified(bool intact) => _verifications.Add(1, PlatformMeter.Tags(_service, ("outcome", intact ? "intact" : "failed")));
}
