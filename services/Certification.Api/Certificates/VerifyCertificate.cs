namespace CarbonPlatform.Certification.Certificates;

public static class VerifyCertificate
{
    /// <summary>Anonymous public verification with minimal disclosure: no operator, no figures beyond the result.</summary>
    public static async Task<IResult> Handle(string number, CertificationDb db, TimeProvider clock, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (certificate is null) return Problems.NotFound("The certificate");
        return Results.Ok(certificate.PublicView(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }
}
