using System.Buffers.Binary;

namespace CarbonPlatform.Certification.Documents;

/// <summary>
/// Unmaps the CJK radical code points (U+2E80–U+2FDF) from a font's cmap, in place.
/// Noto Sans CJK maps 页 (U+9875) and the radical ⻚ (U+2EDA) to one glyph; Skia's PDF ToUnicode takes the
/// lowest code point of a glyph, so readers that ignore ActualText (PdfPig, many viewers' search) would read ⻚.
/// Without the radical entries the lowest code point is the ideograph. Radicals are never written on purpose
/// in these documents; drawn, they would show as missing glyphs. A font this cannot read is left as it is.
/// </summary>
internal static class RadicalCmapPatch
{
    private const uint FirstRadical = 0x2E80;
    private const uint LastRadical = 0x2FDF;

    public static void Apply(Span<byte> font, int face)
    {
        try
        {
            var table = FaceOffset(font, face) is { } offset ? CmapOffset(font, offset) : null;
            if (table is not { } cmap) return;
            for (var i = 0; i < U16(font, cmap + 2); i++)
            {
                var subtable = cmap + (int)U32(font, cmap + 4 + (8 * i) + 4);
                if (U16(font, subtable) == 4) PatchFormat4(font, subtable);
                else if (U16(font, subtable) == 12) PatchFormat12(font, subtable);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // A truncated or unusual font: extraction then relies on the ActualText that PdfText writes.
        }
    }

    private static int? FaceOffset(ReadOnlySpan<byte> font, int face)
    {
        if (U32(font, 0) != 0x74746366) return face == 0 ? 0 : null; // not 'ttcf': a single font
        return face < U32(font, 8) ? (int)U32(font, 12 + (4 * face)) : null;
    }

    private static int? CmapOffset(ReadOnlySpan<byte> font, int face)
    {
        for (var i = 0; i < U16(font, face + 4); i++)
        {
            var record = face + 12 + (16 * i);
            if (U32(font, record) == 0x636D6170) return (int)U32(font, record + 8); // 'cmap'
        }

        return null;
    }

    /// <summary>Segments whose glyphs come from glyphIdArray: those entries become glyph 0 (unmapped).</summary>
    private static void PatchFormat4(Span<byte> font, int table)
    {
        var segX2 = U16(font, table + 6);
        for (var i = 0; i < segX2 / 2; i++)
        {
            uint end = U16(font, table + 14 + (2 * i)), start = U16(font, table + 16 + segX2 + (2 * i));
            var rangeAt = table + 16 + (3 * segX2) + (2 * i);
            var rangeOffset = U16(font, rangeAt);
            if (rangeOffset == 0 || end < FirstRadical || start > LastRadical) continue;
            for (var c = Math.Max(start, FirstRadical); c <= Math.Min(end, LastRadical); c++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(font[(rangeAt + rangeOffset + (int)(2 * (c - start)))..], 0);
            }
        }
    }

    /// <summary>Groups wholly inside the radical blocks shrink to their first code point, mapped to glyph 0.</summary>
    private static void PatchFormat12(Span<byte> font, int table)
    {
        var groups = U32(font, table + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = font[(table + 16 + (12 * g))..];
            uint start = U32(group, 0), end = U32(group, 4);
            if (start < FirstRadical || end > LastRadical) continue;
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], start);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], 0);
        }
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
