using QRCoder;
using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>A QR code as vector rectangles: QRCoder gives the module matrix, Skia fills the dark modules.</summary>
internal static class QrCodeDrawing
{
    /// <summary>The module matrix, true = dark, including QRCoder's quiet zone of 4 light modules.</summary>
    public static bool[,] Modules(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var modules = new bool[rows.Count, rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows.Count; c++) modules[r, c] = rows[r][c];
        }

        return modules;
    }

    /// <summary>Draws the code in the largest square that fits <paramref name="area"/>, from its top-left corner.</summary>
    public static void Draw(SKCanvas canvas, string payload, SKRect area)
    {
        var modules = Modules(payload);
        var count = modules.GetLength(0);
        var size = Math.Min(area.Width, area.Height) / count;
        using var builder = new SKPathBuilder();
        for (var r = 0; r < count; r++)
        {
            // One rectangle per horizontal run of dark modules keeps the page small and seamless.
            for (var c = 0; c < count;)
            {
                if (!modules[r, c]) { c++; continue; }
                var start = c;
                while (c < count && modules[r, c]) c++;
                builder.AddRect(new SKRect(area.Left + start * size, area.Top + r * size, area.Left + c * size, area.Top + (r + 1) * size), SKPathDirection.Clockwise);
            }
        }

        using var light = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var dark = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawRect(new SKRect(area.Left, area.Top, area.Left + count * size, area.Top + count * size), light);
        using var path = builder.Detach();
        canvas.DrawPath(path, dark);
    }
}
