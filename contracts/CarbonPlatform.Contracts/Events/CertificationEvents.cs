namespace CarbonPlatform.Contracts.Certification;

public sealed record CertificationApplied(Guid ApplicationId, Guid ParkId, Guid EvaluationId, Guid CertificationBodyId);

public sealed record CertificateIssued(string Number, Guid ParkId, Guid ApplicationId, string? Grade, string Scheme, DateOnly ValidFrom, DateOnly ValidTo);
