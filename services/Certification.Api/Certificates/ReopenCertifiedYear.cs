using CarbonPlatform.Contracts.Certification;

namespace CarbonPlatform.Certification.Certificates;

public sealed record ReopenRequest(string? Reason);

/// <summary>
/// The only way a certified year's data can change again: its issuing body reopens it, with a reason. The certificate is
/// suspended until a new review (it cannot simply be reinstated), and activity data releases this application's hold.
/// </summary>
public static class ReopenCertifiedYear
{
    public static async Task<IResult> Handle(string number, ReopenRequest body, HttpContext http, CertificationDb db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Number == number, ct);
        if (certificate is null) return Problems.NotFound("The certificate");
        if (!(caller.IsCertificationBody && caller.Has(PlatformRoles.CertificationReviewer) && caller.OrganizationId == certificate.CertificationBodyId))
            return Problems.Forbidden("Only the certification body that issued the certificate reopens its year.");
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 1000)
            return Problems.Invalid("reason", "missing-field", "reason is required (at most 1000 characters): the ledger and the park's lifecycle show it.");
        if (certificate.ReopenedAt is not null)
            return Problems.Conflict("number", "already-reopened", $"The year of {number} was reopened already.");

        var now = clock.GetUtcNow();
        var reason = body.Reason.Trim();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var operatorId = await db.Applications.Where(a => a.Id == certificate.ApplicationId).Select(a => a.OperatorOrganizationId).FirstAsync(ct);
        certificate.ReopenedAt = now.UtcDateTime;
        if (certificate.StatusOn(today) == "valid")
        {
            (certificate.State, certificate.StateReason, certificate.StateChangedAt) = (CertificateState.Suspended, $"Year reopened for corrections: {reason}", now.UtcDateTime);
            db.AddEvent(new CertificateStatusChanged(number, certificate.ParkId, certificate.ApplicationId, "suspended", certificate.StateReason, certificate.StateChangedAt), operatorId);
        }
        db.AddEvent(new CertifiedYearReopened(number, certificate.ApplicationId, certificate.ParkId, certificate.EvaluationId, certificate.Year,
            certificate.CertificationBodyId, reason, caller.Subject, now), operatorId);
        await db.SaveChangesAsync(ct);
        return Results.Ok(new ReopenedCertificate(number, ContractEnums.Parse<CertificateStatus>(certificate.StatusOn(today)), certificate.StateReason, now));
    }
}
