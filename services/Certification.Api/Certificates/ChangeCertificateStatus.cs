using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Certification.Certificates;

public sealed record CertificateStatusRequest(string? Action, string? Reason);

/// <summary>The issuing body suspends, reinstates or revokes its certificate, always with a reason the public can see.</summary>
public static class ChangeCertificateStatus
{
    public static async Task<IResult> Handle(string number, CertificateStatusRequest body, HttpContext http, CertificationDb db, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Number == number, ct);
        if (certificate is null) return Problems.NotFound("The certificate");
        var issuer = caller.IsCertificationBody && caller.Has(PlatformRoles.CertificationReviewer) && caller.OrganizationId == certificate.CertificationBodyId;
        if (!issuer && !caller.IsPlatformAdmin) return Problems.Forbidden("Only the certification body that issued the certificate changes its status.");
        var errors = new List<InputError>();
        if (!CertificateStatusChange.IsKnown(body.Action)) errors.Add(new(null, "action", "unknown-action", "action must be suspend, reinstate or revoke."));
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 1000)
            errors.Add(new(null, "reason", "missing-field", "reason is required (at most 1000 characters): verification shows it."));
        if (errors.Count > 0) return Problems.Invalid(errors);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (body.Action == CertificateStatusChange.Reinstate && certificate.ReopenedAt is not null)
            return Problems.Conflict("action", "year-reopened", "The certified year was reopened for corrections: a new application is reviewed, the certificate is not reinstated.");
        var (next, refusal) = CertificateStatusChange.Decide(certificate.StatusOn(today), body.Action!);
        if (next is null) return Problems.Conflict("action", "illegal-transition", refusal!);
        certificate.State = next.Value;
        certificate.StateReason = body.Reason!.Trim();
        certificate.StateChangedAt = clock.GetUtcNow().UtcDateTime;
        var operatorId = await db.Applications.Where(a => a.Id == certificate.ApplicationId).Select(a => a.OperatorOrganizationId).FirstAsync(ct);
        db.AddEvent(new CertificateStatusChanged(certificate.Number, certificate.ParkId, certificate.ApplicationId,
            CertificateStatusChange.StatusName(next.Value), certificate.StateReason, certificate.StateChangedAt), operatorId);
        await db.SaveChangesAsync(ct);
        return Results.Ok(new CertificateStatusView(number, ContractEnums.Parse<CertificateStatus>(certificate.StatusOn(today)), certificate.StateReason));
    }
}
