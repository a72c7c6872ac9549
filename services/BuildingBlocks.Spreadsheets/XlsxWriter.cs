using Microsoft.AspNetCore.Http;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace CarbonPlatform.BuildingBlocks.Spreadsheets;

/// <summary>
/// Writes a one-sheet XLSX (Office Open XML) row by row onto any stream, so an export never holds the whole sheet.
/// Text goes in as inline strings: a spreadsheet shows "=1+1" as text and never runs it as a formula.
/// </summary>
public sealed class XlsxWriter : IAsyncDisposable
{
    private readonly ZipArchive _zip;
    private readonly StreamWriter _sheet;
    private int _row;

    private XlsxWriter(Stream output, string sheetName)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Add("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        _sheet = new StreamWriter(_zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        _sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
    }

    public static XlsxWriter Create(Stream output, string sheetName) => new(output, sheetName);

    /// <summary>One row: strings as text, numbers as numbers, null as an empty cell.</summary>
    public async Task WriteRowAsync(IEnumerable<object?> cells)
    {
        _row++;
        var sb = new StringBuilder().Append("<row r=\"").Append(_row).Append("\">");
        foreach (var cell in cells)
        {
            switch (cell)
            {
                case null: sb.Append("<c/>"); break;
                case double or int or long or decimal:
                    sb.Append("<c><v>").Append(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture)).Append("</v></c>"); break;
                default:
                    sb.Append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(SecurityElement.Escape(Clean(cell.ToString() ?? ""))).Append("</t></is></c>"); break;
            }
        }
        await _sheet.WriteAsync(sb.Append("</row>").ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _sheet.WriteAsync("</sheetData></worksheet>");
        await _sheet.DisposeAsync();
        _zip.Dispose();
    }

    private void Add(string name, string xml)
    {
        using var writer = new StreamWriter(_zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    /// <summary>XML 1.0 cannot carry most control characters; they are dropped rather than making the file unreadable.</summary>
    private static string Clean(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;
}

public static class XlsxDownload
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Builds the workbook in a temporary file (the zip's central directory is written synchronously, which a response body
    /// refuses) and hands it out as a file result; the file is deleted when the response is done with it.
    /// </summary>
    public static async Task<IResult> CreateAsync(string sheetName, string fileName, Func<XlsxWriter, Task> fill)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var writer = XlsxWriter.Create(file, sheetName)) await fill(writer);
        file.Position = 0;
        return Results.File(file, ContentType, fileName);
    }
}
