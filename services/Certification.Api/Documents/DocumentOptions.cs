namespace CarbonPlatform.Certification.Documents;

/// <summary>Where the renderer finds its Chinese font. Bound from the configuration section "Documents".</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    /// <summary>Installed by the Debian package fonts-noto-cjk.</summary>
    public const string NotoSansCjkPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>The face of NotoSansCJK-Regular.ttc that holds the Simplified Chinese glyph forms.</summary>
    public const int SimplifiedChineseFace = 2;

    public string FontPath { get; set; } = NotoSansCjkPath;

    /// <summary>Index of the face inside a font collection (.ttc); 0 for a single-face font.</summary>
    public int FontFaceIndex { get; set; } = SimplifiedChineseFace;
}
