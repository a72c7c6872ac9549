using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// Reads the first worksheet of an XLSX workbook as records like <see cref="CsvRecordReader"/>'s (Row = the sheet's row
/// number), streaming it with <see cref="OpenXmlReader"/>. Cells hold the text as typed: shared or inline strings, numbers
/// as stored (invariant), booleans as true/false, a formula's cached result. Rows without any text are skipped.
/// A damaged workbook throws <see cref="InvalidWorkbookException"/>, also while it is being enumerated.
/// </summary>
public static class XlsxRecordReader
{
    /// <summary>What the workbook's parts unpack to: the file limit holds for the zip, this for what is inside (zip bombs).</summary>
    public static long UnpackedBytes(Stream workbook) => InvalidWorkbookException.Guard(() =>
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var total = zip.Entries.Sum(e => e.Length);
        workbook.Position = 0;
        return total;
    });

    public static IEnumerable<CsvRecord> Read(Stream workbook)
    {
        using var records = InvalidWorkbookException.Guard(() => Records(workbook).GetEnumerator());
        while (InvalidWorkbookException.Guard(records.MoveNext)) yield return records.Current;
    }

    private static IEnumerable<CsvRecord> Records(Stream workbook)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var (sheet, strings) = FirstSheet(document);
        using var reader = OpenXmlReader.Create(sheet);
        var fields = new List<string>();
        var row = 0;
        reader.Read(); // onto the first element
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                row = Index(reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value, row + 1);
                fields.Clear();
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!; // and on past the cell: no Read() after it
                // A cell may leave out its reference (then it follows the previous one); an empty cell may be left out.
                var column = cell.CellReference?.Value is { } r ? Column(r) : fields.Count;
                while (fields.Count <= column) fields.Add("");
                fields[column] = Text(cell, strings);
                continue;
            }
            else if (reader.ElementType == typeof(Row) && reader.IsEndElement && fields.Any(f => f.Trim().Length > 0))
                yield return new CsvRecord(row, fields.ToArray());
            reader.Read();
        }
    }

    private static (WorksheetPart Sheet, List<string> Strings) FirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidWorkbookException("it has no workbook");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidWorkbookException("it has no worksheet");
        var sheet = workbook.GetPartById(first.Id?.Value ?? "") as WorksheetPart ?? throw new InvalidWorkbookException("its first sheet is not a worksheet");
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is { } table)
        {
            using var reader = OpenXmlReader.Create(table);
            reader.Read();
            while (!reader.EOF)
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement) strings.Add(Plain(reader.LoadCurrentElement()!));
                else reader.Read();
        }
        return (sheet, strings);
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value is not { } type) return value;
        if (type == CellValues.SharedString) return value.Length == 0 ? "" : strings[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)];
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? Plain(inline) : "";
        if (type == CellValues.Boolean) return value switch { "1" => "true", "0" => "false", _ => value };
        return value;
    }

    /// <summary>A rich string's text: its runs, without the phonetic guides (rPh) Excel adds to East Asian text.</summary>
    private static string Plain(OpenXmlElement item) =>
        string.Concat(item.Elements<Text>().Select(t => t.Text).Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? "")));

    /// <summary>The zero-based column of a reference such as C7.</summary>
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) column = column * 26 + char.ToUpperInvariant(c) - 'A' + 1;
        return column is > 0 and <= 16_384 ? column - 1 : throw new InvalidWorkbookException($"'{reference}' is not a cell reference");
    }

    private static int Index(string? value, int next) => value is null ? next
        : int.TryParse(value, out var n) && n is > 0 and <= 1_048_576 ? n : throw new InvalidWorkbookException($"'{value}' is not a row number");
}
