using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>The blocks both documents are made of: titles, labelled fields, paragraphs, notices, headings.</summary>
internal static class PdfBlocks
{
    public const float BodySize = 10f;
    public const float LabelWidth = 150f;

    public static void Centered(this PdfPages pages, string text, float size, SKColor color)
    {
        foreach (var line in pages.Text.Wrap(text, size, PdfPages.Width))
        {
            var height = pages.Text.LineHeight(size);
            pages.Reserve(height);
            var x = PdfPages.Left + ((PdfPages.Width - pages.Text.Width(line, size)) / 2);
            pages.Text.Draw(pages.Canvas, line, x, pages.Y + size, size, color);
            pages.Y += height;
        }
    }

    /// <summary>Paragraph text, wrapped, from <paramref name="indent"/> to <paramref name="right"/> (default: the right margin).</summary>
    public static void Paragraph(this PdfPages pages, string text, float size, SKColor color, float indent = 0, float? right = null)
    {
        var width = (right ?? PdfPages.Right) - PdfPages.Left - indent;
        foreach (var line in pages.Text.Wrap(text, size, width))
        {
            var height = pages.Text.LineHeight(size);
            pages.Reserve(height);
            pages.Text.Draw(pages.Canvas, line, PdfPages.Left + indent, pages.Y + size, size, color);
            pages.Y += height;
        }
    }

    /// <summary>A label in Chinese over its English, and the value beside them; kept on one page.</summary>
    public static void Field(this PdfPages pages, string labelZh, string labelEn, string value, SKColor? color = null, float? right = null)
    {
        var lines = pages.Text.Wrap(value, BodySize, (right ?? PdfPages.Right) - PdfPages.Left - LabelWidth);
        var lineHeight = pages.Text.LineHeight(BodySize);
        var height = Math.Max(lines.Count * lineHeight, lineHeight + pages.Text.LineHeight(7.5f)) + 4;
        pages.Reserve(height);
        pages.Text.Draw(pages.Canvas, labelZh, PdfPages.Left, pages.Y + BodySize, BodySize, Ink.Muted);
        pages.Text.Draw(pages.Canvas, labelEn, PdfPages.Left, pages.Y + lineHeight + 7.5f, 7.5f, Ink.Muted);
        for (var i = 0; i < lines.Count; i++)
        {
            pages.Text.Draw(pages.Canvas, lines[i], PdfPages.Left + LabelWidth, pages.Y + BodySize + (i * lineHeight), BodySize, color ?? Ink.Text);
        }

        pages.Y += height;
    }

    public static void Heading(this PdfPages pages, string zh, string en)
    {
        pages.Reserve(60);
        pages.Y += 8;
        pages.Text.Draw(pages.Canvas, $"{zh}  {en}", PdfPages.Left, pages.Y + 12, 12, Ink.Accent);
        pages.Y += 18;
        pages.Rule(Ink.Accent);
        pages.Y += 6;
    }

    /// <summary>The provisional / secondary-source notice, on a tinted band.</summary>
    public static void Notice(this PdfPages pages, string zh, string? en)
    {
        var width = PdfPages.Width - 16;
        var zhLines = pages.Text.Wrap(zh, 9.5f, width);
        var enLines = en is null ? [] : pages.Text.Wrap(en, 8.5f, width);
        var height = (zhLines.Count * pages.Text.LineHeight(9.5f)) + (enLines.Count * pages.Text.LineHeight(8.5f)) + 12;
        pages.Reserve(height);
        using var band = new SKPaint { Color = Ink.NoticeBand, Style = SKPaintStyle.Fill };
        pages.Canvas.DrawRect(new SKRect(PdfPages.Left, pages.Y, PdfPages.Right, pages.Y + height), band);
        pages.Y += 6;
        pages.Paragraph(zh, 9.5f, Ink.Warning, indent: 8, right: PdfPages.Right - 8);
        if (en is not null) pages.Paragraph(en, 8.5f, Ink.Warning, indent: 8, right: PdfPages.Right - 8);
        pages.Y += 6;
    }

    public static void Rule(this PdfPages pages, SKColor color)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
        pages.Canvas.DrawLine(PdfPages.Left, pages.Y, PdfPages.Right, pages.Y, paint);
    }

    /// <summary>The verification address with its QR code at the right; kept on one page.</summary>
    public static void Verification(this PdfPages pages, string url, float qrSize)
    {
        pages.Reserve(qrSize + 4);
        var top = pages.Y;
        var textRight = PdfPages.Right - qrSize - 16;
        pages.Paragraph("扫描二维码或访问以下网址验证本证书", 9.5f, Ink.Text, right: textRight);
        pages.Paragraph("Scan the code or visit this address to verify the certificate", 8.5f, Ink.Muted, right: textRight);
        pages.Y += 4;
        pages.Paragraph(url, 9.5f, Ink.Accent, right: textRight);
        QrCodeDrawing.Draw(pages.Canvas, url, new SKRect(PdfPages.Right - qrSize, top, PdfPages.Right, top + qrSize));
        pages.Y = Math.Max(pages.Y, top + qrSize);
    }
}
