namespace CarbonPlatform.Evaluation.Data;

/// <summary>A stored evaluation: pins the scheme version, the inventory version and the factor release it was computed from.</summary>
public sealed class StoredEvaluation : IVersioned
{
    /// <summary>The concurrency token: marking stale and locking for certification never overwrite each other unseen.</summary>
    public Guid Version { get; set; }
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public Guid OperatorOrganizationId { get; set; }
    public required string ParkName { get; set; }
    public required string ParkRegionCode { get; set; }
    public int Year { get; set; }

    // What it was computed from.
    public required string Scheme { get; set; }
    public int SchemeVersion { get; set; }
    public required string SchemeStatus { get; set; }
    public required string Method { get; set; }
    public int InventoryVersion { get; set; }
    public required string FactorRelease { get; set; }

    // The result.
    public string? Grade { get; set; }
    public bool? Passed { get; set; }
    public double? ManagementScore { get; set; }
    /// <summary>The result in the preview's JSON shape.</summary>
    public required string ResultJson { get; set; }
    /// <summary>The indicators and management values as the caller gave them, so the evaluation can be re-run.</summary>
    public required string InputsJson { get; set; }
    public int CertificateValidityYears { get; set; }

    /// <summary>Key inventory figures kept beside the result so an authority can rank and filter parks.</summary>
    public double? Ratio12 { get; set; }
    public double? Ratio123 { get; set; }
    public double? Intensity { get; set; }
    /// <summary>Gross emissions (cers-2025, market-based) or CO2 (ndrc-910-2025), t, and neutralisation: what a region sums.</summary>
    public double? Emissions { get; set; }
    public double? Neutralisation { get; set; }

    // Re-runs, and whether a newer inventory makes this one stale.
    /// <summary>The evaluation this one re-ran against a newer inventory, if any.</summary>
    public Guid? RerunOf { get; set; }
    /// <summary>A newer inventory version exists: the evaluation can be re-run against it.</summary>
    public bool Stale { get; set; }
    /// <summary>The newest inventory version computed after this one, and its factor release: when that release differs
    /// from <see cref="FactorRelease"/> (the default moved), the evaluation says it is pinned to the old release.</summary>
    public int? NewerInventoryVersion { get; set; }
    public string? NewerFactorRelease { get; set; }

    // Who computed it, and when.
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A scheme version published after the shipped ones (by an administrator), kept as its JSON definition. Never changed
/// once stored: its key (id, version) is what keeps two concurrent publications of one version apart.
/// </summary>
public sealed class PublishedScheme
{
    public required string Id { get; set; }
    public int Version { get; set; }
    public required string DefinitionJson { get; set; }
    /// <summary>The region of the authority that owns this scheme id (null: the platform's). Only it, or the administrator, publishes further versions.</summary>
    public string? OwnerRegion { get; set; }
    public required string PublishedBy { get; set; }
    public DateTime PublishedAt { get; set; }
}
