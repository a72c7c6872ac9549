using System.Diagnostics.Metrics;

namespace CarbonPlatform.ActivityData.Observability;

/// <summary>Ledger verifications by outcome: a failed one means a stored entry or reading no longer matches its hash.</summary>
public sealed class LedgerMetrics(IMeterFactory meters, ServiceIdentity service) : IPlatformMetrics
{
    private readonly ServiceCounter _verifications = new(meters, service, "carbon.ledger.verifications", "{verification}",
        "Ledger verifications (hash chain and meter readings), by outcome: intact or failed.", [("outcome", "intact")], [("outcome", "failed")]);

    public void Verified(bool intact) => _verifications.Add(1, ("outcome", intact ? "intact" : "failed"));
}
