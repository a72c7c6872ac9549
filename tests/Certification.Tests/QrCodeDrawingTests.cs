using CarbonPlatform.Certification.Documents;
using SkiaSharp;

namespace CarbonPlatform.Certification.Tests;

public class QrCodeDrawingTests
{
    private const string Url = "https://carbon.example.cn/verify/CNCP-2026-000123";
    private const int QuietZone = 4;

    [Fact]
    public void QR_matrix_has_a_finder_pattern_in_three_corners_inside_the_quiet_zone()
    {
        var modules = QrCodeDrawing.Modules(Url);
        var size = modules.GetLength(0);

        Assert.Equal(0, (size - (2 * QuietZone) - 21) % 4); // versions 1..40: 21 + 4(v-1) modules a side
        foreach (var (row, column) in new[] { (QuietZone, QuietZone), (QuietZone, size - QuietZone - 7), (size - QuietZone - 7, QuietZone) })
        {
            for (var r = 0; r < 7; r++)
            {
                for (var c = 0; c < 7; c++)
                {
                    var ring = Math.Max(Math.Abs(r - 3), Math.Abs(c - 3));
                    Assert.Equal(ring != 2, modules[row + r, column + c]);
                }
            }
        }

        Assert.False(modules[0, 0]);
    }

    [Fact]
    public void Drawn_QR_code_is_dark_exactly_where_the_matrix_is()
    {
        var modules = QrCodeDrawing.Modules(Url);
        var count = modules.GetLength(0);
        const int scale = 4;
        using var surface = SKSurface.Create(new SKImageInfo(count * scale, count * scale));
        surface.Canvas.Clear(SKColors.Red);

        QrCodeDrawing.Draw(surface.Canvas, Url, new SKRect(0, 0, count * scale, count * scale));

        using var image = surface.Snapshot();
        using var pixels = SKBitmap.FromImage(image);
        for (var r = 0; r < count; r++)
        {
            for (var c = 0; c < count; c++)
            {
                var pixel = pixels.GetPixel((c * scale) + (scale / 2), (r * scale) + (scale / 2));
                Assert.Equal(modules[r, c] ? SKColors.Black : SKColors.White, pixel);
            }
        }
    }
}
