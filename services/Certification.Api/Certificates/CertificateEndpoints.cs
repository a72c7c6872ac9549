namespace CarbonPlatform.Certification.Certificates;

public static class CertificateEndpoints
{
    public static RouteGroupBuilder MapCertificates(this RouteGroupBuilder api)
    {
        var certificates = api.MapGroup("/certificates").WithTags("Certificates");
        certificates.MapGet("/", PublicRegister.Handle).AllowAnonymous().WithName("ListCertificates")
            .WithSummary("The public register: certificates of a region (regionCode=320000: all of Jiangsu), valid ones unless status says otherwise.")
            .WithDescription("Anonymous. status is valid (default), suspended, revoked, expired or all; text is part of a park's name or a whole certificate "
                + "number. Ordered by region, park name and number, in pages (limit, cursor), filtered and paged in the database.")
            .Answers<Page<PublicCertificate>>();
        certificates.MapGet("/{number}", VerifyCertificate.Handle).AllowAnonymous().WithName("VerifyCertificate")
            .WithSummary("Public verification of a certificate.")
            .WithDescription("Anonymous; number as printed, e.g. CNCP-2026-000001. This is the URL the certificate's QR code carries.").Answers<PublicCertificate>();
        certificates.MapPost("/{number}/status-changes", ChangeCertificateStatus.Handle).WithName("ChangeCertificateStatus")
            .WithSummary("The issuing body suspends, reinstates or revokes the certificate, with a reason.")
            .WithDescription("The issuing body's reviewer; action is suspend, reinstate or revoke. A change the certificate's status does not allow is 409. CertificateStatusChanged is published.")
            .WithRequest(new CertificateStatusRequest("suspend", "园区外购电力数据待核实。"))
            .Answers<CertificateStatusView>().Produces(StatusCodes.Status409Conflict);
        certificates.MapPost("/{number}/reopening", ReopenCertifiedYear.Handle).WithName("ReopenCertifiedYear")
            .WithSummary("The issuing body reopens the certified year for corrections, with a reason: the certificate is suspended until a new review.")
            .WithDescription("The issuing body's reviewer. The park-year's hold is released; CertifiedYearReopened is published.")
            .WithRequest(new ReopenRequest("需更正2025年天然气消耗量。")).Answers<ReopenedCertificate>().Produces(StatusCodes.Status409Conflict);
        return api;
    }
}
