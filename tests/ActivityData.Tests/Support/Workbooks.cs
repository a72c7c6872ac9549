using System.Globalization;
using CarbonPlatform.BuildingBlocks.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>
/// Workbooks for import tests, from rows of cells (string, double, bool or null for empty): as the service's own
/// <see cref="XlsxWriter"/> writes them, as Excel does (shared strings, references, empty cells and rows left out), and
/// the same rows as CSV.
/// </summary>
public static class Workbooks
{
    /// <summary>Text Excel keeps in the cell itself (t="inlineStr") rather than in the shared string table.</summary>
    public sealed record Inline(string Text);

    public static async Task<byte[]> WrittenAsync(IEnumerable<object?[]> rows)
    {
        var output = new MemoryStream();
        await using (var writer = XlsxWriter.Create(output, "data"))
            foreach (var row in rows) await writer.WriteRowAsync(row);
        return output.ToArray();
    }

    /// <summary>Row i is sheet row i + 1; a second worksheet follows the first, which alone is the data.</summary>
    public static byte[] AsExcel(IReadOnlyList<object?[]> rows)
    {
        var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            AddSheet(workbook, "数据", Data(rows, strings.SharedStringTable));
            AddSheet(workbook, "说明", new SheetData(new Row(new Cell { CellReference = "A1", CellValue = new CellValue("not data"), DataType = CellValues.String })));
        }
        return output.ToArray();
    }

    public static string Csv(IEnumerable<object?[]> rows) => string.Concat(rows.Select(row => string.Join(',', row.Select(c => c switch
    {
        null => "", bool b => b ? "true" : "false", double d => d.ToString("R", CultureInfo.InvariantCulture), _ => c.ToString(),
    })) + "\r\n"));

    private static SheetData Data(IReadOnlyList<object?[]> rows, SharedStringTable strings)
    {
        var data = new SheetData();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = new Row { RowIndex = (uint)(i + 1) };
            for (var j = 0; j < rows[i].Length; j++)
                if (rows[i][j] is { } value) row.Append(Cell($"{(char)('A' + j)}{i + 1}", value, strings));
            if (row.HasChildren) data.Append(row);
        }
        return data;
    }

    private static Cell Cell(string reference, object value, SharedStringTable strings) => value switch
    {
        string s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(s, strings)) },
        Inline t => new Cell(new InlineString(new Text(t.Text))) { CellReference = reference, DataType = CellValues.InlineString },
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b) },
        double d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
        _ => throw new ArgumentException($"No cell for {value.GetType()}"),
    };

    private static int Share(string text, SharedStringTable strings)
    {
        strings.Append(new SharedStringItem(new Text(text)));
        return strings.Count() - 1;
    }

    private static void AddSheet(WorkbookPart workbook, string name, SheetData data)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }
}
