using System.Globalization;
using System.Text;

namespace CarbonPlatform.Identity.People;

/// <summary>
/// What a user name may be. Pure. Names are compared in NFKC, lower-case, so "ａｄｍｉｎ" and "admin" are one name; invisible
/// characters (zero-width, bidi controls), controls and spaces are refused, and so is a name mixing scripts that look
/// alike (Latin with Cyrillic or Greek: "аdmin" with a Cyrillic а), which a person could not tell apart on screen.
/// </summary>
public static class UserNames
{
    public static string Normalize(string userName) => userName.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Why the name is refused, or null.</summary>
    public static string? Refusal(string? userName)
    {
        var name = userName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 256) return "userName is required: at most 256 characters.";
        if (!name.IsNormalized(NormalizationForm.FormC)) name = name.Normalize(NormalizationForm.FormC);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0)
                return $"userName contains an invisible, control or space character (U+{rune.Value:X4}).";
        }
        var scripts = name.EnumerateRunes().Select(ScriptOf).Where(s => s is not null).Distinct().ToList();
        if (scripts.Count > 1) return $"userName mixes look-alike scripts ({string.Join(" and ", scripts)}): use one script.";
        return null;
    }

    /// <summary>The look-alike script a letter belongs to (Latin, Cyrillic, Greek); null for digits, punctuation and other scripts.</summary>
    private static string? ScriptOf(Rune rune) => rune.Value switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) or (>= 0xFF21 and <= 0xFF5A) => "Latin",
        (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => "Greek",
        (>= 0x0400 and <= 0x052F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => "Cyrillic",
        _ => null,
    };
}
