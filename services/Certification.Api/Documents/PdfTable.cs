using SkiaSharp;

namespace CarbonPlatform.Certification.Documents;

internal sealed record TableColumn(float Width, string HeaderZh, string HeaderEn);

/// <summary>One line of a cell; a cell's lines are wrapped to its column.</summary>
internal sealed record CellLine(string Text, SKColor Color, float Size = PdfTable.TextSize);

/// <summary>
/// A table that flows over pages: each row is kept whole and the header is repeated on every page it reaches.
/// A row may carry notes (explanations) drawn under it across all but its first column.
/// </summary>
internal sealed class PdfTable(PdfPages pages, IReadOnlyList<TableColumn> columns)
{
    public const float TextSize = 8.5f;
    private const float NoteSize = 7.5f;
    private const float Padding = 3.5f;

    public void Header()
    {
        var height = (2 * pages.Text.LineHeight(TextSize)) + (2 * Padding);
        pages.Reserve(height + 40);
        using var band = new SKPaint { Color = Ink.Band, Style = SKPaintStyle.Fill };
        pages.Canvas.DrawRect(new SKRect(PdfPages.Left, pages.Y, PdfPages.Right, pages.Y + height), band);
        var x = PdfPages.Left;
        foreach (var column in columns)
        {
            pages.Text.Draw(pages.Canvas, column.HeaderZh, x + Padding, pages.Y + Padding + TextSize, TextSize, Ink.Accent);
            pages.Text.Draw(pages.Canvas, column.HeaderEn, x + Padding, pages.Y + Padding + TextSize + pages.Text.LineHeight(TextSize), NoteSize, Ink.Accent);
            x += column.Width;
        }

        pages.Y += height;
    }

    public void Row(IReadOnlyList<IReadOnlyList<CellLine>> cells, IReadOnlyList<CellLine> notes)
    {
        var wrapped = cells.Select((cell, i) => Wrap(cell, columns[i].Width - (2 * Padding))).ToList();
        var noteLines = Wrap(notes, PdfPages.Width - columns[0].Width - (2 * Padding));
        var cellsHeight = wrapped.Max(Height);
        var height = cellsHeight + Height(noteLines) + (2 * Padding) + (noteLines.Count > 0 ? Padding : 0);
        if (pages.Reserve(height)) Header();

        var x = PdfPages.Left;
        for (var i = 0; i < wrapped.Count; i++)
        {
            DrawLines(wrapped[i], x + Padding, pages.Y + Padding);
            x += columns[i].Width;
        }

        DrawLines(noteLines, PdfPages.Left + columns[0].Width + Padding, pages.Y + (2 * Padding) + cellsHeight);
        pages.Y += height;
        pages.Rule(Ink.Rule);
    }

    private List<CellLine> Wrap(IReadOnlyList<CellLine> lines, float width) =>
        lines.SelectMany(line => pages.Text.Wrap(line.Text, line.Size, width).Select(text => line with { Text = text })).ToList();

    private float Height(List<CellLine> lines) => lines.Sum(line => pages.Text.LineHeight(line.Size));

    private void DrawLines(List<CellLine> lines, float x, float top)
    {
        foreach (var line in lines)
        {
            pages.Text.Draw(pages.Canvas, line.Text, x, top + line.Size, line.Size, line.Color);
            top += pages.Text.LineHeight(line.Size);
        }
    }

    public static CellLine Note(string text) => new(text, Ink.Muted, NoteSize);
}
