namespace CarbonPlatform.Certification.Applications;

/// <summary>
/// An application for certification: the park, the stored evaluation it rests on (inventory version, factor release, scheme
/// and its status, grade), the chosen body, where the review stands and every decision taken.
/// </summary>
public sealed record ApplicationView(Guid Id, Guid ParkId, string ParkName, Guid EvaluationId, Guid CertificationBodyId, ApplicationStatus Status,
    int Year, string Scheme, string SchemeStatus, string? Grade, bool? Passed, int InventoryVersion, string FactorRelease, string? CertificateNumber,
    DateTime SubmittedAt, DateTime UpdatedAt, IReadOnlyList<DecisionView> Decisions);

/// <summary>One step of the review trail: take-up, request-information, approve, reject, resubmit; who and when.</summary>
public sealed record DecisionView(string Decision, string Comment, string DecidedBy, DateTime DecidedAt);

/// <summary>Where the application stands after a decision or resubmission; the certificate's number once approved.</summary>
public sealed record ApplicationStatusView(ApplicationStatus Status, string? CertificateNumber = null);
