namespace CarbonPlatform.Certification.Certificates;

public static class CertificateEndpoints
{
    public static RouteGroupBuilder MapCertificates(this RouteGroupBuilder api)
    {
        var certificates = api.MapGroup("/certificates").WithTags("Certificates");
        certificates.MapGet("/", PublicRegister.Handle).AllowAnonymous()
            .WithSummary("The public register: certificates of a region (regionCode=320000: all of Jiangsu), valid ones unless status says otherwise.");
        certificates.MapGet("/{number}", VerifyCertificate.Handle).AllowAnonymous().WithSummary("Public verification of a certificate.");
        certificates.MapPost("/{number}/status-changes", ChangeCertificateStatus.Handle)
            .WithSummary("The issuing body suspends, reinstates or revokes the certificate, with a reason.");
        certificates.MapPost("/{number}/reopening", ReopenCertifiedYear.Handle)
            .WithSummary("The issuing body reopens the certified year for corrections, with a reason: the certificate is suspended until a new review.");
        return api;
    }
}
