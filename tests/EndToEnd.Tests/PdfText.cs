using System.Text;
using UglyToad.PdfPig;

namespace CarbonPlatform.EndToEnd.Tests;

public static class PdfText
{
    /// <summary>Every page's text, NFKC-normalised, whitespace removed: what a reader of the document finds in it.</summary>
    public static string Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Normalize(NormalizationForm.FormKC);
        return new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }

    public static string Squeeze(string text) => new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
