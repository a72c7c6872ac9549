namespace CarbonPlatform.Accounting.Data;

/// <summary>
/// One computed inventory of a park, year and method. Versions are never overwritten: each pins the factor release
/// and GWP set it used and the batches it folded in, and older versions stay readable.
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
    /// <summary>The batch ids folded in, comma-separated in recording order.</summary>
    public required string Batches { get; set; }
    /// <summary>The full result in the public API's shape, lineage included.</summary>
    public required string ResultJson { get; set; }
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
}
