namespace CarbonPlatform.Certification.Data;

public sealed class Certificate : IVersioned
{
    public Guid Version { get; set; }
    /// <summary>CNCP-{year}-{six-digit sequence}, e.g. CNCP-2026-000123.</summary>
    public required string Number { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid EvaluationId { get; set; }
    /// <summary>The issuing body: only it (or the platform administrator) suspends, reinstates or revokes.</summary>
    public Guid CertificationBodyId { get; set; }
    public Guid ParkId { get; set; }
    public required string ParkName { get; set; }
    public required string ParkRegionCode { get; set; }
    public string? Grade { get; set; }
    public bool? Passed { get; set; }
    public required string Scheme { get; set; }
    public int SchemeVersion { get; set; }
    public required string SchemeStatus { get; set; }
    public required string FactorRelease { get; set; }
    public int InventoryVersion { get; set; }
    public int Year { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public CertificateState State { get; set; } = CertificateState.Valid;
    public string? StateReason { get; set; }
    public DateTime? StateChangedAt { get; set; }
    public DateTime IssuedAt { get; set; }
    /// <summary>When the issuing body reopened the certified year for corrections: the certificate stays suspended until a new review.</summary>
    public DateTime? ReopenedAt { get; set; }

    /// <summary>Expiry needs no job: a certificate past its last valid day reads as expired.</summary>
    public string StatusOn(DateOnly today) => State switch
    {
        CertificateState.Revoked => "revoked",
        CertificateState.Suspended => "suspended",
        _ when today > ValidTo => "expired",
        _ => "valid",
    };
}

public enum CertificateState
{
    Valid,
    Suspended,
    Revoked,
}

/// <summary>
/// The last certificate sequence used in a year: one counter row per year (its key is unique), changed under a
/// concurrency token, so two approvals at once never draw the same number; the loser retries.
/// </summary>
public sealed class CertificateSequence
{
    public int Year { get; set; }
    public int Last { get; set; }
}
