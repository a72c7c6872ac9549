using CarbonPlatform.Certification.Documents;
using CarbonPlatform.Certification.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace CarbonPlatform.Certification.Tests;

public class CertificateDocumentTests
{
    private static ReadPdf Render(CertificateDocumentModel certificate) => ReadPdf.From(CertificateDocument.Render(certificate, TestFont.Options));

    [Fact]
    public void Certificate_pdf_names_the_park_grade_and_number()
    {
        var pdf = Render(Samples.GradedCertificate);

        Assert.True(pdf.Shows("碳中和产业园区评价证书"), pdf.Text);
        Assert.True(pdf.Shows("Carbon-Neutral Industrial Park Certificate"), pdf.Text);
        Assert.True(pdf.Shows(Samples.ParkName), pdf.Text);
        Assert.True(pdf.Shows("AA 级 / grade AA"), pdf.Text);
        Assert.True(pdf.Shows("CNCP-2026-000123"), pdf.Text);
    }

    [Fact]
    public void Certificate_pdf_shows_the_verification_url_on_one_line()
    {
        var pdf = Render(Samples.GradedCertificate);

        Assert.Contains(pdf.Lines, line => line.Trim() == Samples.VerificationUrl);
    }

    [Fact]
    public void Certificate_carries_the_QR_code_of_its_verification_url_as_vector_rectangles()
    {
        var modules = QrCodeDrawing.Modules(Samples.VerificationUrl);
        var darkRuns = 0;
        for (var r = 0; r < modules.GetLength(0); r++)
        {
            for (var c = 0; c < modules.GetLength(1); c++)
            {
                if (modules[r, c] && (c == 0 || !modules[r, c - 1])) darkRuns++;
            }
        }

        using var pdf = PdfDocument.Open(CertificateDocument.Render(Samples.GradedCertificate, TestFont.Options));
        var page = pdf.GetPage(1);

        var qr = Assert.Single(page.Paths, p => p.IsFilled && p.Count == darkRuns);
        Assert.All(qr, rectangle =>
        {
            var sides = rectangle.Commands.OfType<PdfSubpath.Line>().ToList();
            Assert.Equal(4, sides.Count);
            Assert.All(sides, side => Assert.True(side.From.X == side.To.X || side.From.Y == side.To.Y));
        });
        Assert.Empty(page.GetImages());
    }

    [Theory]
    [InlineData(true, "通过/passed")]
    [InlineData(false, "未通过/failed")]
    public void Certificate_of_a_pass_fail_scheme_shows_passed_or_failed(bool passed, string result)
    {
        var pdf = Render(Samples.PassFailCertificate(passed));

        Assert.Equal(result, pdf.Row("评价结果").Line.Replace("评价结果", ""));
        Assert.DoesNotContain("grade", pdf.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Certificate_shows_scheme_version_lineage_validity_and_status()
    {
        var pdf = Render(Samples.GradedCertificate);

        Assert.True(pdf.Shows("cers-2025-provisional · 第 1 版 / version 1 · 暂定 / provisional"), pdf.Text);
        Assert.Equal("盘查版本3", pdf.Row("盘查版本").Line);
        Assert.Equal("排放因子版本cn-2025.1", pdf.Row("排放因子版本").Line);
        Assert.True(pdf.Shows("2026-05-01 至 2029-04-30"), pdf.Text);
        Assert.Equal("证书状态有效/valid", pdf.Row("证书状态").Line);
    }

    [Fact]
    public void Certificate_of_a_provisional_scheme_carries_its_notice_and_an_official_one_none()
    {
        var provisional = Render(Samples.GradedCertificate);
        var official = Render(Samples.PassFailCertificate(true));

        Assert.True(provisional.Shows("【注意：暂定阈值】"), provisional.Text);
        Assert.True(provisional.Shows("[NOTICE: PROVISIONAL THRESHOLDS]"), provisional.Text);
        Assert.DoesNotContain("注意", official.Text);
        Assert.DoesNotContain("NOTICE", official.Text);
    }

    [Fact]
    public void Certificate_of_a_non_official_scheme_without_its_own_notice_still_warns()
    {
        var pdf = Render(Samples.GradedCertificate with { SchemeStatus = "secondary-source", NoticeZh = null, NoticeEn = null });

        Assert.True(pdf.Shows("【注意】本评价方案不是正式方案（secondary-source）"), pdf.Text);
    }

    [Fact]
    public void Certificate_is_one_A4_page_titled_and_created_by_CarbonPlatform()
    {
        var pdf = Render(Samples.GradedCertificate);

        Assert.Single(pdf.Pages);
        Assert.Equal(595, pdf.Width, 0);
        Assert.Equal(842, pdf.Height, 0);
        Assert.Equal("碳中和产业园区评价证书 CNCP-2026-000123", pdf.Title);
        Assert.Equal("CarbonPlatform", pdf.Creator);
    }

    [Fact]
    public void Long_park_names_wrap_instead_of_running_off_the_page()
    {
        var name = string.Concat(Enumerable.Repeat("苏州工业园区示范零碳园区", 6));
        var pdf = Render(Samples.GradedCertificate with { ParkName = name });

        Assert.True(pdf.Shows(name), pdf.Text);
        Assert.Single(pdf.Pages);
    }
}
