using System.IO.Compression;
using System.Text;
using CarbonPlatform.ActivityData.Imports;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Imports;

public sealed class XlsxReaderTests
{
    private static List<CsvRecord> Read(byte[] workbook) => XlsxRecordReader.Read(new MemoryStream(workbook)).ToList();

    [Fact]
    public void Excel_cells_read_as_typed_with_left_out_cells_and_rows_in_their_place()
    {
        var records = Read(Workbooks.AsExcel(
        [
            ["编号", "数量", "单位", "国际燃料舱", "产品"],
            [],
            ["L-1", 120.5, null, true, new Workbooks.Inline("水泥熟料")],
            ["L-2", 1200d, "t", false, null],
        ]));

        Assert.Equal([1, 3, 4], records.Select(r => r.Row));
        Assert.Equal(["编号", "数量", "单位", "国际燃料舱", "产品"], records[0].Fields);
        Assert.Equal(["L-1", "120.5", "", "true", "水泥熟料"], records[1].Fields);
        Assert.Equal(["L-2", "1200", "t", "false"], records[2].Fields);
    }

    [Fact]
    public async Task A_workbook_of_the_services_own_writer_reads_back()
    {
        var records = Read(await Workbooks.WrittenAsync([["id", null, "quantity"], ["=1+1", null, -0.25]]));

        Assert.Equal([1, 2], records.Select(r => r.Row));
        Assert.Equal(["=1+1", "", "-0.25"], records[1].Fields);
    }

    [Fact]
    public void Shared_rich_text_reads_without_its_phonetic_guide()
    {
        const string sheet = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>""";
        const string strings = """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>水泥</t></r><r><t>熟料</t></r><rPh sb="0" eb="2"><t>shuini</t></rPh></si></sst>""";

        var record = Assert.Single(Read(Package(sheet, strings)));

        Assert.Equal(2, record.Row);
        Assert.Equal(["", "水泥熟料"], record.Fields);
    }

    [Theory]
    [InlineData("<worksheet")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>""")]
    [InlineData("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="x"><c><v>1</v></c></row></sheetData></worksheet>""")]
    public void A_damaged_sheet_is_an_invalid_workbook(string sheet) =>
        Assert.Throws<InvalidWorkbookException>(() => Read(Package(sheet, """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""")));

    [Fact]
    public void A_zip_that_is_no_workbook_and_bytes_that_are_no_zip_are_invalid_workbooks()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            using (var entry = new StreamWriter(archive.CreateEntry("notes.txt").Open())) entry.Write("hello");

        Assert.Throws<InvalidWorkbookException>(() => Read(zip.ToArray()));
        Assert.Throws<InvalidWorkbookException>(() => Read([.. "PK\x03\x04"u8, .. Encoding.ASCII.GetBytes("not really a zip")]));
    }

    /// <summary>A minimal package by hand, for XML that no writer would produce.</summary>
    private static byte[] Package(string sheet, string sharedStrings)
    {
        const string ns = "http://schemas.openxmlformats.org";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = $"""<Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""",
            ["_rels/.rels"] = $"""<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = $"""<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""",
            ["xl/worksheets/sheet1.xml"] = sheet,
            ["xl/sharedStrings.xml"] = sharedStrings,
        };
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, xml) in parts)
                using (var entry = new StreamWriter(archive.CreateEntry(name).Open())) entry.Write(xml);
        return zip.ToArray();
    }
}
