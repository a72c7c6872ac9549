using System.Globalization;
using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>The certificate as a one-page A4 PDF, in Chinese with English, with a QR code to its public verification.</summary>
public static class CertificateDocument
{
    private const float QrSize = 104f;

    /// <exception cref="InvalidOperationException">The configured font is missing or not a Chinese font.</exception>
    public static byte[] Render(CertificateDocumentModel certificate, DocumentOptions options)
    {
        using var pages = new PdfPages(options, $"碳中和产业园区评价证书 {certificate.Number}", $"CarbonPlatform · {certificate.Number}");
        DrawFrame(pages.Canvas);
        pages.Y = 78;
        pages.Centered("碳中和产业园区评价证书", 24, Ink.Accent);
        pages.Centered("Carbon-Neutral Industrial Park Certificate", 13, Ink.Accent);
        pages.Y += 6;
        pages.Centered($"证书编号 Certificate No.  {certificate.Number}", 10.5f, Ink.Text);
        pages.Y += 22;
        pages.Centered(certificate.ParkName, 18, Ink.Text);
        pages.Centered($"地区代码 Region code  {certificate.ParkRegionCode}", 9, Ink.Muted);
        pages.Y += 10;
        pages.Centered(Labels.Result(certificate.Grade, certificate.Passed), 20, Ink.Accent);
        pages.Y += 18;
        pages.Rule(Ink.Rule);
        pages.Y += 10;
        DrawFields(pages, certificate);
        if (certificate.SchemeStatus != Labels.Official)
        {
            var fallback = Labels.FallbackNotice(certificate.SchemeStatus);
            pages.Y += 6;
            pages.Notice(certificate.NoticeZh ?? fallback.Zh, certificate.NoticeZh is null ? fallback.En : certificate.NoticeEn);
        }

        pages.Y = Math.Max(pages.Y + 10, PdfPages.Bottom - QrSize - 10);
        pages.Verification(certificate.VerificationUrl, QrSize);
        return pages.Close();
    }

    private static void DrawFields(PdfPages pages, CertificateDocumentModel c)
    {
        pages.Field("园区名称", "Park", c.ParkName);
        pages.Field("评价结果", "Result", Labels.Result(c.Grade, c.Passed));
        pages.Field("评价方案", "Scheme", Labels.SchemeVersion(c.Scheme, c.SchemeVersion, c.SchemeStatus));
        pages.Field("评价年度", "Inventory year", c.Year.ToString(CultureInfo.InvariantCulture));
        pages.Field("盘查版本", "Inventory version", c.InventoryVersion.ToString(CultureInfo.InvariantCulture));
        pages.Field("排放因子版本", "Factor release", c.FactorRelease);
        pages.Field("有效期", "Validity", $"{Day(c.ValidFrom)} 至 {Day(c.ValidTo)} / {Day(c.ValidFrom)} to {Day(c.ValidTo)}");
        pages.Field("证书状态", "Status", Labels.CertificateStatus(c.Status), c.Status == "valid" ? Ink.Accent : Ink.Warning);
    }

    private static void DrawFrame(SKCanvas canvas)
    {
        using var outer = new SKPaint { Color = Ink.Accent, Style = SKPaintStyle.Stroke, StrokeWidth = 2.4f };
        using var inner = new SKPaint { Color = Ink.Accent, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        canvas.DrawRect(new SKRect(26, 26, PdfPages.PageWidth - 26, PdfPages.PageHeight - 26), outer);
        canvas.DrawRect(new SKRect(32, 32, PdfPages.PageWidth - 32, PdfPages.PageHeight - 32), inner);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
