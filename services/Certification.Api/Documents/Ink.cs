using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>The few colours the documents use.</summary>
internal static class Ink
{
    public static readonly SKColor Text = new(0x1F, 0x23, 0x28);
    public static readonly SKColor Muted = new(0x5F, 0x66, 0x6D);
    public static readonly SKColor Accent = new(0x1B, 0x5E, 0x20);
    public static readonly SKColor Warning = new(0xB7, 0x1C, 0x1C);
    public static readonly SKColor Rule = new(0xC8, 0xCD, 0xD2);
    public static readonly SKColor Band = new(0xEE, 0xF3, 0xEE);
    public static readonly SKColor NoticeBand = new(0xFF, 0xF4, 0xE5);
}
