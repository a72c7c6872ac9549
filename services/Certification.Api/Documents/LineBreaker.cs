using System.Text;

namespace CarbonPlatform.Certification.Documents;

/// <summary>
/// Greedy line wrapping for mixed Chinese and English: a line may break before any Chinese character or
/// at a space, never inside an English word unless the word alone is too wide; Chinese closing
/// punctuation stays with the character before it. Explicit newlines are kept.
/// </summary>
internal static class LineBreaker
{
    private const string ClosingPunctuation = "，。；：、！？）》」』】”’％";

    public static IReadOnlyList<string> Wrap(string text, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var token in Tokens(paragraph))
            {
                if (line.Length > 0 && measure(line + token) > width)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                }

                if (line.Length == 0 && string.IsNullOrWhiteSpace(token)) continue;
                if (line.Length == 0 && measure(token) > width)
                {
                    line.Append(BreakLongWord(token, width, measure, lines));
                    continue;
                }

                line.Append(token);
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>Adds the full-width pieces of a word wider than a line to <paramref name="lines"/>; returns the rest.</summary>
    private static string BreakLongWord(string word, float width, Func<string, float> measure, List<string> lines)
    {
        var piece = new StringBuilder();
        foreach (var rune in word.EnumerateRunes())
        {
            if (piece.Length > 0 && measure(piece + rune.ToString()) > width)
            {
                lines.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(rune.ToString());
        }

        return piece.ToString();
    }

    /// <summary>English words, single Chinese characters (with their closing punctuation) and single spaces.</summary>
    private static List<string> Tokens(string paragraph)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in paragraph.EnumerateRunes())
        {
            var s = rune.ToString();
            if (ClosingPunctuation.Contains(s, StringComparison.Ordinal) && (word.Length > 0 || tokens.Count > 0 && tokens[^1] != " "))
            {
                if (word.Length > 0) word.Append(s);
                else tokens[^1] += s;
            }
            else if (Rune.IsWhiteSpace(rune) || IsCjk(rune))
            {
                Flush();
                tokens.Add(Rune.IsWhiteSpace(rune) ? " " : s);
            }
            else
            {
                word.Append(s);
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0) tokens.Add(word.ToString());
            word.Clear();
        }
    }

    private static bool IsCjk(Rune rune) => rune.Value is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF
        or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;
}
