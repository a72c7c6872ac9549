using System.Text;
using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>
/// Draws and measures text in the Chinese face. Every string goes through a text blob whose run carries
/// the UTF-8 text and its clusters: with bare glyphs, Skia's PDF maps CJK glyphs shared with radicals
/// back to the radicals (日 extracts as ⽇); with the text attached Skia writes it as ActualText, which
/// poppler and Acrobat use. Readers that only use the ToUnicode map rely on <see cref="RadicalCmapPatch"/>.
/// </summary>
internal sealed class PdfText(SKTypeface typeface)
{
    public float LineHeight(float size) => size * 1.5f;

    public float Width(string text, float size)
    {
        using var font = Font(size);
        return font.MeasureText(text);
    }

    public void Draw(SKCanvas canvas, string text, float x, float baseline, float size, SKColor color)
    {
        if (text.Length == 0) return;
        using var font = Font(size);
        var glyphs = font.GetGlyphs(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var clusters = Clusters(text, glyphs.Length);

        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocateTextRun(font, glyphs.Length, x, baseline, utf8.Length, null);
        run.SetGlyphs(glyphs);
        run.SetText(utf8);
        run.SetClusters(clusters);
        using var blob = builder.Build();
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }

    /// <summary>Lines no wider than <paramref name="width"/>; see <see cref="LineBreaker"/>.</summary>
    public IReadOnlyList<string> Wrap(string text, float size, float width)
    {
        using var font = Font(size);
        return LineBreaker.Wrap(text, width, s => font.MeasureText(s));
    }

    // Unhinted linear metrics: hinted advances are whole points, which spaces small Latin text unevenly.
    private SKFont Font(float size) => new(typeface, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };

    /// <summary>One glyph per code point (no shaping), so glyph i's cluster is the UTF-8 offset of code point i.</summary>
    private static uint[] Clusters(string text, int glyphCount)
    {
        var clusters = new uint[glyphCount];
        var (index, offset) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            if (index == glyphCount) break;
            clusters[index++] = (uint)offset;
            offset += rune.Utf8SequenceLength;
        }

        return clusters;
    }
}
