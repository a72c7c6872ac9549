namespace CarbonPlatform.Accounting.Data;

/// <summary>
/// One computed inventory of a park, year and method. What a version says never changes: each pins the factor
/// release and GWP set it used and the batches it folded in (<see cref="InventoryBatch"/>), and older versions stay
/// readable. Only the latest keeps its whole text; an older one keeps what differs from the next
/// (<see cref="DeltaJson"/>), so a park's storage grows with what changed, not with versions × lines.
/// </summary>
public sealed class InventoryVersion
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public required string Method { get; set; }
    public int Version { get; set; }
    public required string FactorRelease { get; set; }
    public string? GwpSet { get; set; }
    public int LineCount { get; set; }
    /// <summary>Versions stored before <see cref="InventoryBatch"/> was kept: the batch ids, comma-separated; null since.</summary>
    public string? Batches { get; set; }
    /// <summary>The full result in the public API's shape, lineage included; null once a newer version replaced it by <see cref="DeltaJson"/>.</summary>
    public string? ResultJson { get; set; }
    /// <summary>What this version's result differs in from the next version's (<see cref="Recompute.InventoryDelta"/>).</summary>
    public string? DeltaJson { get; set; }
    /// <summary>When computing failed (for example no grid factor for the year), the errors instead of a result.</summary>
    public string? ErrorsJson { get; set; }
    /// <summary>SHA-256 of what this version says (<see cref="Recompute.InventoryDigest"/>); null on versions stored before it was kept.</summary>
    public string? Digest { get; set; }
    public DateTime ComputedAt { get; set; }
}

/// <summary>A park-year whose inventory must be recomputed: new data, or a new factor release. Coalesces many events into one run.</summary>
public sealed class RecomputeDemand
{
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    /// <summary>When the latest event asked for it (renewed by each one; a failed run moves it to the retry time).</summary>
    public DateTime RequestedAt { get; set; }
    /// <summary>Since when the park-year has waited for a computation that includes everything asked for: what the backlog metric ages.</summary>
    public DateTime FirstRequestedAt { get; set; }
    public required string Reason { get; set; }
    /// <summary>The recomputer run working on it; with <see cref="LeasedUntil"/> no other replica takes it meanwhile.</summary>
    public Guid? LeaseOwner { get; set; }
    public DateTime? LeasedUntil { get; set; }
    /// <summary>Runs that failed since it was last asked for; each waits longer (<see cref="Recompute.RecomputeBackoff"/>).</summary>
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
