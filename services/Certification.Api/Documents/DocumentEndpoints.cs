using System.Text.Json;
using CarbonPlatform.Contracts.Grpc.Evaluation;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Documents;

/// <summary>The certificate (public, like its verification) and the evaluation report (for whoever may read the park) as PDF.</summary>
public static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/certificates/{number}/document", Certificate).AllowAnonymous().WithTags("Certificates")
            .WithName("GetCertificateDocument")
            .WithSummary("The certificate as PDF, in Chinese with English: result, scheme, validity, status, verification URL and its QR code.")
            .WithDescription("Anonymous, like the verification.").Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf");
        api.MapGet("/evaluation-reports/{evaluationId:guid}", Report).WithTags("Certificates")
            .WithName("GetEvaluationReport")
            .WithSummary("A stored evaluation's report as PDF: every indicator with its outcome, what is missing, lineage; the certificate if one was issued.")
            .WithDescription("For whoever may read the park.").Produces(StatusCodes.Status200OK, typeof(byte[]), "application/pdf");
        return api;
    }

    private static async Task<IResult> Certificate(string number, CertificationDb db, Evaluations.EvaluationsClient evaluations,
        IOptions<DocumentOptions> options, IConfiguration configuration, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(x => x.Number == number, ct);
        if (c is null) return Problems.NotFound("The certificate");
        var evaluation = await evaluations.GetEvaluationAsync(new GetEvaluationRequest { EvaluationId = c.EvaluationId.ToString() }, cancellationToken: ct);
        var (noticeZh, noticeEn) = evaluation.Found ? Notice(evaluation.ResultJson) : (null, null);
        var model = new CertificateDocumentModel(c.Number, c.ParkName, c.ParkRegionCode, c.Grade, c.Passed, c.Scheme,
            c.SchemeVersion > 0 ? c.SchemeVersion : null, c.SchemeStatus, noticeZh, noticeEn, c.FactorRelease, c.InventoryVersion, c.Year,
            c.ValidFrom, c.ValidTo, c.StatusOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), VerificationUrl(configuration, c.Number));
        return Results.File(CertificateDocument.Render(model, options.Value), "application/pdf", $"{c.Number}.pdf");
    }

    private static async Task<IResult> Report(Guid evaluationId, HttpContext http, CertificationDb db, IParkDirectory parks,
        Evaluations.EvaluationsClient evaluations, IOptions<DocumentOptions> options, IConfiguration configuration, CancellationToken ct)
    {
        var evaluation = await evaluations.GetEvaluationAsync(new GetEvaluationRequest { EvaluationId = evaluationId.ToString() }, cancellationToken: ct);
        if (!evaluation.Found) return Problems.NotFound("The evaluation");
        var access = await parks.ForReadingAsync(http.Caller(), Guid.Parse(evaluation.ParkId), ct);
        if (!access.Granted) return Problems.NotFound("The evaluation");
        http.NoteParkRead(access.Park.ParkId);
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.EvaluationId == evaluationId)
            .OrderByDescending(c => c.IssuedAt).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var context = new EvaluationReportContext(access.Park.Name, access.Park.RegionCode, evaluation.InventoryVersion, evaluation.FactorRelease,
            evaluationId, DateTimeOffset.TryParse(evaluation.CreatedAt, out var at) ? at : DateTimeOffset.UnixEpoch, certificate,
            certificate is null ? null : VerificationUrl(configuration, certificate));
        var report = EvaluationReportModel.FromResultJson(evaluation.ResultJson, context);
        return Results.File(EvaluationReportDocument.Render(report, options.Value), "application/pdf", $"evaluation-{evaluationId:N}.pdf");
    }

    /// <summary>Where anyone verifies the certificate: the platform's public address (the gateway), as printed and in the QR code.</summary>
    public static string VerificationUrl(IConfiguration configuration, string number) =>
        $"{(configuration["Certification:PublicBaseUrl"] ?? configuration["Auth:Issuer"] ?? "http://localhost:8080/").TrimEnd('/')}/api/v1/certificates/{number}";

    private static (string? Zh, string? En) Notice(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        string? Read(string name) => doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return (Read("noticeZh"), Read("noticeEn"));
    }
}
