using System.Text;
using UglyToad.PdfPig;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>
/// A rendered PDF read back with PdfPig, as a reader would see it: each page's text and its lines
/// (letters sharing a baseline, left to right), NFKC-normalised unless read <see cref="Raw"/>.
/// </summary>
internal sealed record ReadPdf(IReadOnlyList<string> Pages, IReadOnlyList<IReadOnlyList<string>> PageLines, string? Title, string? Creator,
    double Width, double Height)
{
    public string Text => string.Join("\n", Pages);

    public IEnumerable<string> Lines => PageLines.SelectMany(lines => lines);

    public static ReadPdf From(byte[] pdf) => Read(pdf, s => s.Normalize(NormalizationForm.FormKC));

    /// <summary>Without normalisation: what a copy from the page gives, character for character.</summary>
    public static ReadPdf Raw(byte[] pdf) => Read(pdf, s => s);

    /// <summary>True when the text shows <paramref name="text"/>, whitespace and line breaks aside.</summary>
    public bool Shows(string text) => Squeeze(Text).Contains(Squeeze(text.Normalize(NormalizationForm.FormKC)), StringComparison.Ordinal);

    /// <summary>The line that starts with <paramref name="start"/> (a table row's first line starts with its code), and the next one.</summary>
    public (string Line, string Next) Row(string start)
    {
        var lines = Lines.Select(Squeeze).ToList();
        var index = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"No line starts with '{start}'. Lines:\n{string.Join("\n", lines)}");
        return (lines[index], index + 1 < lines.Count ? lines[index + 1] : "");
    }

    private static ReadPdf Read(byte[] pdf, Func<string, string> normalise)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var lines = pages.Select(page => (IReadOnlyList<string>)page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => normalise(string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))))
            .ToList()).ToList();
        return new ReadPdf(pages.Select(p => normalise(p.Text)).ToList(), lines, document.Information.Title, document.Information.Creator,
            pages[0].Width, pages[0].Height);
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
