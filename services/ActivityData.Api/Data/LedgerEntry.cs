namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// One entry of a park's ledger (碳管理台账): an activity line as it was recorded or corrected. Entries are only ever
/// appended; a correction is a new entry that supersedes an earlier one. Each entry's <see cref="Hash"/> covers its
/// canonical content and the previous entry's hash, so the park's entries form a tamper-evident chain.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    /// <summary>Position in the park's chain, 1, 2, 3… without gaps.</summary>
    public long Sequence { get; set; }
    public int Year { get; set; }
    /// <summary>1–12 when the line is for one month of the year; null for the whole year.</summary>
    public int? Month { get; set; }
    public required string LineId { get; set; }
    /// <summary><c>manual</c>, <c>import</c>, <c>api</c> or <c>meter</c>.</summary>
    public required string Channel { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid BatchId { get; set; }
    /// <summary>The line's values in canonical JSON (sorted keys, no nulls): exactly what the hash covers.</summary>
    public required string Values { get; set; }
    public string? EvidenceId { get; set; }
    /// <summary>The emission source the line is for (a GUID), when named; hashed only when present.</summary>
    public string? SourceId { get; set; }
    /// <summary>The sequence of the entry this one corrects.</summary>
    public long? Supersedes { get; set; }
    public string? Reason { get; set; }
    /// <summary>For a monthly line summed from meter readings: "{count}:{digest}" of those readings (hashed when present).</summary>
    public string? Readings { get; set; }
    /// <summary>
    /// Null for a line's entry (every entry before maker–checker); otherwise what the entry records instead of a line:
    /// <c>approval-setting</c> or <c>batch-returned</c>. Hashed only when present.
    /// </summary>
    public string? Kind { get; set; }
    /// <summary>Who approved the submitted batch this line was recorded from (hashed when present).</summary>
    public string? ApprovedBy { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
