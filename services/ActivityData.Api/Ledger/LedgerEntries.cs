namespace CarbonPlatform.ActivityData.Ledger;

public static class LedgerEntries
{
    /// <summary>The ledger entry of a recorded line; the chain fills in its sequence and hashes.</summary>
    public static LedgerEntry For(ActivityRecord r, LineAnnotation note, string channel, string by, long? supersedes = null, string? reason = null,
        string? approvedBy = null) => new()
    {
        ParkId = r.ParkId, Year = r.Year, Month = note.Month, LineId = r.LineId, Channel = channel, RecordedBy = by,
        RecordedAt = r.RecordedAt, BatchId = r.BatchId, Values = LineValues.Canonical(r), EvidenceId = note.EvidenceId,
        SourceId = r.SourceId?.ToString("D"), Readings = note.Readings,
        Supersedes = supersedes, Reason = reason, ApprovedBy = approvedBy, PreviousHash = "", Hash = "",
    };
}
