using System.Net;
using CarbonPlatform.ActivityData.Exports;
using CarbonPlatform.ActivityData.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarbonPlatform.ActivityData.Tests.Exports;

[Collection(nameof(ServiceCollection))]
public sealed class LedgerXlsxExportTests(ActivityDataService service)
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"open\")";

    [Fact]
    public async Task The_ledger_xlsx_keeps_formula_like_text_as_inline_strings_and_numbers_as_numbers()
    {
        var park = new TestPark(service);
        await Api.OkJsonAsync(await park.RecordAsync(2024, new { id = Hyperlink, kind = "industrial-process", quantity = 10.5, unit = "t",
            product = "@SUM(1+1)", emissionFactor = 0.5 }), HttpStatusCode.Accepted);
        await park.CorrectAsync(Hyperlink, 2024, "+reason", new { kind = "industrial-process", quantity = 12, unit = "t", product = "cement", emissionFactor = 0.5 });

        var response = await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/ledger/export.xlsx?year=2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(LedgerSheet.Header, rows[0].Select(c => c.InnerText));
        var first = rows[1];
        var lineId = first[Array.IndexOf(LedgerSheet.Header, "lineId")];
        Assert.Equal(CellValues.InlineString, lineId.DataType?.Value);
        Assert.Equal(Hyperlink, lineId.InlineString!.InnerText);
        Assert.Equal(CellValues.InlineString, first[Array.IndexOf(LedgerSheet.Header, "product")].DataType?.Value);
        var quantity = first[Array.IndexOf(LedgerSheet.Header, "quantity")];
        Assert.Null(quantity.DataType);
        Assert.Equal("10.5", quantity.CellValue!.Text);
        Assert.Null(first[Array.IndexOf(LedgerSheet.Header, "year")].DataType);
        Assert.Equal("2024", first[Array.IndexOf(LedgerSheet.Header, "year")].CellValue!.Text);
        Assert.Equal("+reason", rows[2][Array.IndexOf(LedgerSheet.Header, "reason")].InlineString!.InnerText);
        Assert.Equal(rows[2][0].CellValue!.Text, first[Array.IndexOf(LedgerSheet.Header, "supersededBy")].CellValue!.Text);
    }

    [Fact]
    public async Task The_ledger_xlsx_of_another_operators_park_is_not_found()
    {
        var park = new TestPark(service);
        var stranger = new TestPark(service);

        var response = await stranger.Admin.GetAsync($"/api/v1/parks/{park.Id}/ledger/export.xlsx?year=2024");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
