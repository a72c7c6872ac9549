using CarbonPlatform.Certification.Data;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Certification.Certificates;

public static class VerifyCertificate
{
    /// <summary>Anonymous public verification with minimal disclosure: no operator, no figures beyond the result.</summary>
    public static async Task<IResult> Handle(string number, CertificationDb db, TimeProvider clock, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (certificate is null) return Problems.NotFound("The certificate");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Results.Ok(new
        {
            number = certificate.Number,
            parkName = certificate.ParkName,
            grade = certificate.Grade,
            passed = certificate.Passed,
            scheme = certificate.Scheme,
            schemeStatus = certificate.SchemeStatus,
            validFrom = certificate.ValidFrom,
            validTo = certificate.ValidTo,
            status = certificate.StatusOn(today),
        });
    }
}
