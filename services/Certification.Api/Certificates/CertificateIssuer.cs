using CarbonPlatform.Contracts.Certification;

namespace CarbonPlatform.Certification.Certificates;

public sealed class CertificateIssuer(CertificationDb db)
{
    /// <summary>Adds the certificate and its event to the caller's unit of work; numbers run per year without gaps.</summary>
    public async Task<Certificate> IssueAsync(CertificationApplication application, DateOnly today, CancellationToken ct)
    {
        var sequence = await db.Sequences.FindAsync([today.Year], ct);
        if (sequence is null) db.Sequences.Add(sequence = new CertificateSequence { Year = today.Year });
        sequence.Last++;
        var certificate = new Certificate
        {
            Number = $"CNCP-{today.Year}-{sequence.Last:000000}",
            ApplicationId = application.Id, EvaluationId = application.EvaluationId, CertificationBodyId = application.CertificationBodyId,
            ParkId = application.ParkId, ParkName = application.ParkName,
            ParkRegionCode = application.ParkRegionCode, Grade = application.Grade, Passed = application.Passed,
            Scheme = application.Scheme, SchemeVersion = application.SchemeVersion, SchemeStatus = application.SchemeStatus,
            FactorRelease = application.FactorRelease, InventoryVersion = application.InventoryVersion, Year = application.Year,
            ValidFrom = today, ValidTo = today.AddYears(application.CertificateValidityYears).AddDays(-1),
            IssuedAt = DateTime.UtcNow,
        };
        db.Certificates.Add(certificate);
        application.CertificateNumber = certificate.Number;
        db.AddEvent(new CertificateIssued(certificate.Number, certificate.ParkId, application.Id, certificate.Grade, certificate.Scheme,
            certificate.ValidFrom, certificate.ValidTo), application.OperatorOrganizationId);
        return certificate;
    }
}
