using System.Globalization;

namespace CarbonPlatform.Certification.Documents;

/// <summary>
/// The evaluation report as an A4 PDF of as many pages as it needs: the result, every indicator with its
/// threshold, outcome and explanation, the management items, what the next grade lacks, and the lineage.
/// </summary>
public static class EvaluationReportDocument
{
    /// <exception cref="InvalidOperationException">The configured font is missing or not a Chinese font.</exception>
    public static byte[] Render(EvaluationReportModel report, DocumentOptions options)
    {
        using var pages = new PdfPages(options, $"碳中和产业园区评价报告 {report.ParkName} {report.Year}",
            $"盘查 v{report.InventoryVersion} · {report.FactorRelease} · {report.Scheme} v{report.SchemeVersion} · 评价 {report.EvaluationId}");
        pages.Centered("碳中和产业园区评价报告", 20, Ink.Accent);
        pages.Centered("Carbon-Neutral Industrial Park Evaluation Report", 12, Ink.Accent);
        pages.Y += 10;
        Summary(pages, report);
        if (report.SchemeStatus != Labels.Official)
        {
            var fallback = Labels.FallbackNotice(report.SchemeStatus);
            pages.Y += 4;
            pages.Notice(report.NoticeZh ?? fallback.Zh, report.NoticeZh is null ? fallback.En : report.NoticeEn);
        }

        ReportSections.Indicators(pages, report.Indicators);
        if (report.Management.Count > 0) ReportSections.Management(pages, report.Management);
        if (report.NextGrade is { } next) ReportSections.NextGrade(pages, next);
        Lineage(pages, report);
        if (report is { CertificateNumber: not null, VerificationUrl: { } url })
        {
            pages.Heading("证书验证", "Verification");
            pages.Verification(url, 96);
        }

        return pages.Close();
    }

    private static void Summary(PdfPages pages, EvaluationReportModel r)
    {
        pages.Field("园区名称", "Park", r.ParkName);
        pages.Field("地区代码", "Region code", r.ParkRegionCode);
        pages.Field("评价年度", "Inventory year", r.Year.ToString(CultureInfo.InvariantCulture));
        pages.Field("评价方案", "Scheme", Labels.SchemeVersion(r.Scheme, r.SchemeVersion, r.SchemeStatus));
        pages.Field("核算方法", "Accounting method", Labels.Method(r.Method));
        pages.Field("评价结果", "Result", Labels.Result(r.Grade, r.Passed), Ink.Accent);
        if (r.ManagementScore is { } m) pages.Field("碳管理体系得分", "Management score", ResultNumbers.Number(m));
        if (r.CertificateNumber is { } number) pages.Field("证书编号", "Certificate No.", number);
    }

    private static void Lineage(PdfPages pages, EvaluationReportModel r)
    {
        pages.Heading("数据溯源", "Lineage");
        pages.Field("盘查版本", "Inventory version", r.InventoryVersion.ToString(CultureInfo.InvariantCulture));
        pages.Field("排放因子版本", "Factor release", r.FactorRelease);
        pages.Field("方案版本", "Scheme version", Labels.SchemeVersion(r.Scheme, r.SchemeVersion, r.SchemeStatus));
        pages.Field("评价编号", "Evaluation ID", r.EvaluationId.ToString());
        pages.Field("评价时间", "Evaluated at", r.EvaluatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
    }
}
