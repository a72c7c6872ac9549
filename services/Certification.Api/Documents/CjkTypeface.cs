using System.Collections.Concurrent;
using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>Loads the configured Chinese face once per path and index, or says plainly why it cannot.</summary>
internal static class CjkTypeface
{
    private static readonly ConcurrentDictionary<(string Path, int Face), SKTypeface> Loaded = new();

    public static SKTypeface For(DocumentOptions options) =>
        Loaded.GetOrAdd((options.FontPath, options.FontFaceIndex), key => Load(key.Path, key.Face));

    private static SKTypeface Load(string path, int face)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The document font '{path}' does not exist. Install the Debian package fonts-noto-cjk " +
                "(apt-get install -y --no-install-recommends fonts-noto-cjk) or set Documents:FontPath to a Chinese font.");
        }

        // Read whole and patched in memory (see RadicalCmapPatch) rather than mapped from the file.
        var bytes = File.ReadAllBytes(path);
        RadicalCmapPatch.Apply(bytes, face);
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data, face)
            ?? throw new InvalidOperationException(
                $"The document font '{path}' has no readable face {face} (Documents:FontFaceIndex): it is not a font or has fewer faces.");
        using var probe = new SKFont(typeface);
        if (!probe.ContainsGlyph('中'))
        {
            typeface.Dispose();
            throw new InvalidOperationException(
                $"The document font '{path}' (face {face}) has no Chinese glyphs; use NotoSansCJK from fonts-noto-cjk.");
        }

        return typeface;
    }
}
