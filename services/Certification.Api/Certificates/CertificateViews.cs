namespace CarbonPlatform.Certification.Certificates;

/// <summary>A certificate's standing on the day asked: valid, suspended, revoked, or expired after validTo.</summary>
public enum CertificateStatus { Valid, Suspended, Revoked, Expired }

/// <summary>What anyone may know of a certificate: the park, the result, the scheme it was graded on, validity and status.</summary>
public sealed record PublicCertificate(string Number, string ParkName, string RegionCode, string? Grade, bool? Passed, string Scheme, int SchemeVersion,
    string SchemeStatus, DateOnly ValidFrom, DateOnly ValidTo, CertificateStatus Status, string? StatusReason);

/// <summary>The certificate's status after a change.</summary>
public sealed record CertificateStatusView(string Number, CertificateStatus Status, string? Reason);

/// <summary>The certificate after its year was reopened: suspended until a new review.</summary>
public sealed record ReopenedCertificate(string Number, CertificateStatus Status, string? Reason, DateTimeOffset ReopenedAt);
