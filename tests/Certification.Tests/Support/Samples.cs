using CarbonPlatform.Certification.Documents;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>Documents of the Suzhou demonstration park, as the certification service would render them.</summary>
internal static class Samples
{
    public const string ParkName = "苏州工业园区示范零碳园区";
    public const string VerificationUrl = "https://carbon.example.cn/verify/CNCP-2026-000123";

    public static readonly Guid EvaluationId = Guid.Parse("6f1c2a7e-3b1d-4c55-9a0e-2d7c8b9f1a42");

    public static CertificateDocumentModel GradedCertificate => new(
        "CNCP-2026-000123", ParkName, "320571", "AA", null, "cers-2025-provisional", 1, "provisional",
        "【注意：暂定阈值】本结果依据暂定方案 cers-2025-provisional（第 1 版）。", "[NOTICE: PROVISIONAL THRESHOLDS] placeholders.",
        "cn-2025.1", 3, 2022, new DateOnly(2026, 5, 1), new DateOnly(2029, 4, 30), "valid", VerificationUrl);

    public static CertificateDocumentModel PassFailCertificate(bool passed) => GradedCertificate with
    {
        Grade = null, Passed = passed, Scheme = "ndrc-910-2025", SchemeStatus = "official", NoticeZh = null, NoticeEn = null,
    };

    public static EvaluationReportContext Context(string? certificateNumber = null) => new(
        ParkName, "320571", 4, "cn-2025.1", EvaluationId, new DateTimeOffset(2026, 4, 20, 8, 30, 0, TimeSpan.Zero),
        certificateNumber, certificateNumber is null ? null : VerificationUrl);

    /// <summary>The stored result of a shared vector, read as the certification service will read it.</summary>
    public static EvaluationReportModel Report(string vector, string? certificateNumber = null) =>
        EvaluationReportModel.FromResultJson(SharedVectors.ResultJson(vector), Context(certificateNumber));
}
