namespace CarbonPlatform.Certification.Documents;

/// <summary>What a certificate PDF shows. <paramref name="Status"/> is valid, suspended, revoked or expired.</summary>
public sealed record CertificateDocumentModel(
    string Number,
    string ParkName,
    string ParkRegionCode,
    string? Grade,
    bool? Passed,
    string Scheme,
    int? SchemeVersion,
    string SchemeStatus,
    string? NoticeZh,
    string? NoticeEn,
    string FactorRelease,
    int InventoryVersion,
    int Year,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string Status,
    string VerificationUrl);
