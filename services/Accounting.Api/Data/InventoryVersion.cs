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
    public DateTime ComputedAt { get; set; }
}

/// <summary>A park-year whose inventory must be recomputed: new data, or a new factor release. Coalesces many events into one run.</summary>
public sealed class RecomputeDemand
{
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public DateTime RequestedAt { get; set; }
    public required string Reason { get; set; }
    /// <summary>The recomputer run working on it; with <see cref="LeasedUntil"/> no other replica takes it meanwhile.</summary>
    public Guid? LeaseOwner { get; set; }
    public DateTime? LeasedUntil { get; set; }
}

/// <summary>
/// The default factor release as the last <c>FactorReleasePublished</c> told it, in the database so that every replica
/// computes with it, not only the one that consumed the event. One row; an older event never replaces a newer one.
/// </summary>
public sealed class DefaultFactorRelease
{
    public const int SingleId = 1;
    public int Id { get; set; } = SingleId;
    public required string Name { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
