namespace CarbonPlatform.Contracts.Certification;

/// <summary>A park operator applied: the evaluation, its inventory version and the year's activity periods are locked.</summary>
public sealed record CertificationApplied(Guid ApplicationId, Guid ParkId, Guid EvaluationId, Guid CertificationBodyId, int Year);

/// <summary>
/// An application moved: under-review, information-requested, resubmitted, approved or rejected. The assigned body reads the
/// park's data while the application is open; a rejection releases what the submission locked.
/// </summary>
public sealed record CertificationReviewChanged(Guid ApplicationId, Guid ParkId, Guid EvaluationId, Guid CertificationBodyId, int Year,
    string Status, string Comment);

public sealed record CertificateIssued(string Number, Guid ParkId, Guid ApplicationId, string? Grade, string Scheme, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>
/// The issuing body suspended, reinstated or revoked a certificate, with its reason. <see cref="ChangedAt"/> orders the
/// changes of one certificate for consumers that receive them in another order (absent in messages sent before it existed).
/// </summary>
public sealed record CertificateStatusChanged(string Number, Guid ParkId, Guid ApplicationId, string Status, string Reason, DateTime? ChangedAt = null);

/// <summary>
/// The issuing body reopened a certified park-year so its data can be corrected: the certificate is suspended until a new
/// review, and the year and its certificate's evaluation are released by this application's hold only.
/// </summary>
public sealed record CertifiedYearReopened(string Number, Guid ApplicationId, Guid ParkId, Guid EvaluationId, int Year, Guid CertificationBodyId,
    string Reason, string ReopenedBy, DateTimeOffset ReopenedAt);
