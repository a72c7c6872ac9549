using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.Evaluation.Engine.Common;
using Google.Protobuf;

namespace CarbonPlatform.Evaluation.Management;

/// <summary>
/// The management items the platform measures from the park's own ledger (evaluation.md: P2, P3, L1, L3, L4 "are
/// computed, not declared" where the park keeps its ledger here). A share the ledger cannot give (no sources or no
/// key enterprises registered) stays as declared.
/// </summary>
public sealed record ComputedManagement(IReadOnlyDictionary<string, ScalarValue> Values, string? FactsJson)
{
    public static readonly ComputedManagement None = new(new Dictionary<string, ScalarValue>(), null);

    public static ComputedManagement From(ManagementFactsReply facts)
    {
        if (!facts.KeepsLedger) return None;
        var values = new Dictionary<string, ScalarValue> { ["L4"] = ScalarValue.Of(facts.LedgerIntact) };
        if (facts.HasKeyEnterpriseMonitoringShare) values["P2"] = ScalarValue.Of((decimal)facts.KeyEnterpriseMonitoringShare);
        if (facts.HasAutomatedRecordShare) values["P3"] = ScalarValue.Of((decimal)facts.AutomatedRecordShare);
        if (facts.HasCompleteSourceShare) values["L1"] = ScalarValue.Of((decimal)facts.CompleteSourceShare);
        if (facts.HasEvidencedRecordShare) values["L3"] = ScalarValue.Of((decimal)facts.EvidencedRecordShare);
        return new(values, JsonFormatter.Default.Format(facts));
    }
}

public sealed class ManagementFactsSource(LedgerFacts.LedgerFactsClient ledger)
{
    public async Task<ComputedManagement> ForAsync(Guid parkId, int year, bool schemeScoresManagement, CancellationToken ct)
    {
        if (!schemeScoresManagement) return ComputedManagement.None;
        var facts = await ledger.GetManagementFactsAsync(new ManagementFactsRequest { ParkId = parkId.ToString(), Year = year }, cancellationToken: ct);
        return ComputedManagement.From(facts);
    }
}
