namespace CarbonPlatform.Certification.Data;

/// <summary>A park operator's request that a certification body certify one stored evaluation.</summary>
public sealed class CertificationApplication : IVersioned
{
    public Guid Version { get; set; }
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public required string ParkName { get; set; }
    public required string ParkRegionCode { get; set; }
    public Guid OperatorOrganizationId { get; set; }
    public Guid EvaluationId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public int Year { get; set; }
    public required string Scheme { get; set; }
    public int SchemeVersion { get; set; }
    public required string SchemeStatus { get; set; }
    public string? Grade { get; set; }
    public bool? Passed { get; set; }
    public int InventoryVersion { get; set; }
    /// <summary>The accounting method of the pinned inventory: a newer version of it after submission is checked against the application.</summary>
    public string? InventoryMethod { get; set; }
    public required string FactorRelease { get; set; }
    public int CertificateValidityYears { get; set; } = 3;
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;
    public string? CertificateNumber { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ReviewDecision> Decisions { get; set; } = [];
}

public enum ApplicationStatus
{
    Submitted,
    UnderReview,
    InformationRequested,
    Resubmitted,
    Approved,
    Rejected,
    /// <summary>Activity data changed after submission: back to the operator, who evaluates again and applies anew. Terminal.</summary>
    Returned,
}

/// <summary>What the assigned body decided, with its comment: the review trail of an application.</summary>
public sealed class ReviewDecision
{
    public long Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string Decision { get; set; }
    public required string Comment { get; set; }
    public required string DecidedBy { get; set; }
    public DateTime DecidedAt { get; set; }
}
