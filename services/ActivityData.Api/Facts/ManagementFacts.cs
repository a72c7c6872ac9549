namespace CarbonPlatform.ActivityData.Facts;

/// <summary>A current record of the year as the facts see it: how it came, whether evidenced, its month and source.</summary>
public sealed record CurrentRecord(string LineId, string Channel, bool Evidenced, int? Month, Guid? SourceId);

public sealed record SourceFact(Guid Id, Guid EnterpriseId, bool Metered);

public sealed record EnterpriseFact(Guid Id, bool KeyEnergyUser);

/// <summary>What a park's own ledger shows about its carbon management for a year (evaluation.md P2, P3, L1, L3, L4).</summary>
public sealed record ManagementFactsResult(
    bool KeepsLedger, double? KeyEnterpriseMonitoringShare, double? AutomatedRecordShare, double? CompleteSourceShare,
    double? EvidencedRecordShare, bool LedgerIntact, string? LedgerProblem,
    int KeyEnterprises, int MonitoredKeyEnterprises, int Records, int AutomatedRecords, int EvidencedRecords, int Sources, int CompleteSources)
{
    public static readonly ManagementFactsResult NoLedger = new(false, null, null, null, null, false, null, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// The management facts over plain inputs. Pure. Every share is unrounded; a share whose denominator is zero is absent
/// (null), never 0 or 1. Without ledger entries for the year nothing is computed.
/// </summary>
public static class ManagementFacts
{
    /// <summary>The channels that count as automated collection (P3): a system's API call and a meter feed.</summary>
    public static readonly IReadOnlySet<string> Automated = new HashSet<string>(StringComparer.Ordinal) { Channels.Api, Channels.Meter };

    public static ManagementFactsResult Compute(bool keepsLedger, IReadOnlyList<CurrentRecord> records, IReadOnlyList<SourceFact> sources,
        IReadOnlyList<EnterpriseFact> enterprises, ChainReport chain)
    {
        if (!keepsLedger) return ManagementFactsResult.NoLedger;

        var automated = records.Count(r => Automated.Contains(r.Channel));
        var evidenced = records.Count(r => r.Evidenced);

        var monthsBySource = records.Where(r => r.SourceId is not null && r.Month is >= 1 and <= 12)
            .GroupBy(r => r.SourceId!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Month!.Value).ToHashSet());
        var complete = sources.Count(s => monthsBySource.TryGetValue(s.Id, out var months) && months.Count == 12);

        var meterFed = records.Where(r => r.Channel == Channels.Meter && r.SourceId is not null).Select(r => r.SourceId!.Value).ToHashSet();
        var monitoredEnterprises = sources.Where(s => s.Metered && meterFed.Contains(s.Id)).Select(s => s.EnterpriseId).ToHashSet();
        var keys = enterprises.Where(e => e.KeyEnergyUser).ToList();
        var monitoredKeys = keys.Count(e => monitoredEnterprises.Contains(e.Id));

        return new ManagementFactsResult(
            KeepsLedger: true,
            KeyEnterpriseMonitoringShare: Share(monitoredKeys, keys.Count),
            AutomatedRecordShare: Share(automated, records.Count),
            CompleteSourceShare: Share(complete, sources.Count),
            EvidencedRecordShare: Share(evidenced, records.Count),
            LedgerIntact: chain.Intact,
            LedgerProblem: chain.FirstBreak?.Message,
            KeyEnterprises: keys.Count, MonitoredKeyEnterprises: monitoredKeys,
            Records: records.Count, AutomatedRecords: automated, EvidencedRecords: evidenced,
            Sources: sources.Count, CompleteSources: complete);
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
