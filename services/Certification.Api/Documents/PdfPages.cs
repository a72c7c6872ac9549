using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

/// <summary>
/// A PDF being written top to bottom on A4 pages: a cursor <see cref="Y"/> that moves down, and a new
/// page (with its footer) whenever the next block would not fit.
/// </summary>
internal sealed class PdfPages : IDisposable
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 50f;
    private const float FooterHeight = 24f;

    private readonly MemoryStream stream = new();
    private readonly SKDocument document;
    private readonly string footer;
    private SKCanvas? canvas;

    public PdfPages(DocumentOptions options, string title, string footer)
    {
        Text = new PdfText(CjkTypeface.For(options));
        this.footer = footer;
        var metadata = new SKDocumentPdfMetadata
        {
            // No creation date: the same model renders the same document, with no clock behind it.
            Title = title, Creator = "CarbonPlatform", Producer = "CarbonPlatform (SkiaSharp)",
        };
        document = SKDocument.CreatePdf(stream, metadata) ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        BeginPage();
    }

    public PdfText Text { get; }
    public SKCanvas Canvas => canvas ?? throw new InvalidOperationException("The document is closed.");
    public float Y { get; set; }
    public int PageNumber { get; private set; }
    public static float Left => Margin;
    public static float Right => PageWidth - Margin;
    public static float Width => Right - Left;
    public static float Bottom => PageHeight - Margin - FooterHeight;

    /// <summary>Starts a new page unless <paramref name="height"/> more fits; true when it started one.</summary>
    public bool Reserve(float height)
    {
        if (Y + height <= Bottom) return false;
        EndPage();
        BeginPage();
        return true;
    }

    public byte[] Close()
    {
        EndPage();
        document.Close();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private void BeginPage()
    {
        canvas = document.BeginPage(PageWidth, PageHeight);
        PageNumber++;
        Y = Margin;
    }

    private void EndPage()
    {
        if (canvas is null) return;
        var text = $"{footer}   第 {PageNumber} 页 / page {PageNumber}";
        Text.Draw(canvas, text, Left, PageHeight - Margin, 7.5f, Ink.Muted);
        document.EndPage();
        canvas = null;
    }
}
