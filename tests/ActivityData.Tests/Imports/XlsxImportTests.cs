using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CarbonPlatform.ActivityData.Imports;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Imports;

[Collection(nameof(ServiceCollection))]
public sealed class XlsxImportTests(ActivityDataService service)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly object?[][] Rows =
    [
        ["编号", "类型", "数量", "单位", "燃料", "国际燃料舱", "产品", "排放因子", "月份"],
        ["F-1", "fuel-combustion", 1200d, "t", "anthracite", false, null, null, 1d],
        ["P-1", "industrial-process", 50.5, "t", null, null, "水泥熟料", 0.52, null],
    ];

    /// <summary>As a multipart file (the name is given) or, without a name, as the body with the XLSX content type.</summary>
    private static Task<HttpResponseMessage> Import(TestPark park, byte[] file, bool dryRun, string? fileName = null)
    {
        var body = new ByteArrayContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue(fileName is null ? XlsxType : "application/octet-stream");
        HttpContent content = fileName is null ? body : new MultipartFormDataContent { { body, "file", fileName } };
        return park.Admin.PostAsync($"/api/v1/parks/{park.Id}/imports?year=2024&dryRun={dryRun}", content);
    }

    private static async Task<List<string>> LedgerLinesAsync(TestPark park) =>
        (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray()
            .Select(e => $"{e.GetProperty("lineId")} {e.GetProperty("month")} {e.GetProperty("channel")} {e.GetProperty("values").GetRawText()}").ToList();

    private async Task AssertCommitsAsTheCsvDoes(byte[] workbook, string? fileName)
    {
        var fromCsv = new TestPark(service);
        var csv = new ByteArrayContent(Encoding.UTF8.GetBytes(Workbooks.Csv(Rows)));
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        await Api.OkJsonAsync(await fromCsv.Admin.PostAsync($"/api/v1/parks/{fromCsv.Id}/imports?year=2024&dryRun=false", csv), HttpStatusCode.Accepted);
        var fromXlsx = new TestPark(service);

        var dryRun = await Api.OkJsonAsync(await Import(fromXlsx, workbook, dryRun: true, fileName));
        await Api.OkJsonAsync(await Import(fromXlsx, workbook, dryRun: false, fileName), HttpStatusCode.Accepted);

        Assert.True(dryRun.GetProperty("valid").GetBoolean(), dryRun.ToString());
        Assert.Equal(2, dryRun.GetProperty("rows").GetInt32());
        var lines = await LedgerLinesAsync(fromXlsx);
        Assert.Equal(2, lines.Count);
        Assert.Contains("\"quantity\":50.5", lines[1]);
        Assert.Equal(await LedgerLinesAsync(fromCsv), lines);
    }

    [Fact]
    public async Task An_xlsx_of_the_services_writer_commits_the_same_lines_as_the_equivalent_csv() =>
        await AssertCommitsAsTheCsvDoes(await Workbooks.WrittenAsync(Rows), "活动数据.xlsx");

    [Fact]
    public async Task An_xlsx_as_excel_writes_it_sent_as_the_body_commits_the_same_lines_as_the_equivalent_csv() =>
        await AssertCommitsAsTheCsvDoes(Workbooks.AsExcel(Rows), fileName: null);

    [Fact]
    public async Task A_bad_row_is_named_by_its_sheet_row_and_column_and_a_commit_records_nothing()
    {
        var park = new TestPark(service);
        var workbook = Workbooks.AsExcel([.. Rows, [], ["F-2", "fuel-combustion", "twelve", "t", "anthracite"]]);

        var report = await Api.OkJsonAsync(await Import(park, workbook, dryRun: true));
        var codes = await Api.ProblemCodesAsync(await Import(park, workbook, dryRun: false), HttpStatusCode.BadRequest);

        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal((5, "数量", "invalid-number", "F-2"), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString(),
            problem.GetProperty("code").GetString(), problem.GetProperty("line").GetString()));
        Assert.Equal(["invalid-number"], codes);
        Assert.Equal(0, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_damaged_xlsx_is_400_invalid_workbook_naming_the_file()
    {
        var park = new TestPark(service);
        byte[] damaged = [.. "PK\x03\x04"u8, .. Encoding.ASCII.GetBytes("no central directory here")];

        var problem = await Api.OkJsonAsync(await Import(park, damaged, dryRun: true, "台账.xlsx"), HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("invalid-workbook", error.GetProperty("code").GetString());
        Assert.Contains("'台账.xlsx'", error.GetProperty("message").GetString());
        Assert.Equal(0, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Workbooks_beyond_the_row_limit_or_unpacking_beyond_their_limit_are_413()
    {
        var park = new TestPark(service);
        var many = Rows.Take(1).Concat(Enumerable.Range(0, RunImport.MaxRows + 1).Select(i => new object?[] { $"E-{i}", "purchased-electricity", 1d, "MWh" }));
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        await using (var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open())
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i <= ImportFile.MaxUnpackedBytes / spaces.Length; i++) await entry.WriteAsync(spaces);
        }

        Assert.Equal(["too-many-rows"], await Api.ProblemCodesAsync(await Import(park, await Workbooks.WrittenAsync(many), dryRun: true), HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(["workbook-too-large"], await Api.ProblemCodesAsync(await Import(park, bomb.ToArray(), dryRun: true), HttpStatusCode.RequestEntityTooLarge));
    }

    [Fact]
    public async Task The_xlsx_template_has_the_csv_templates_headers_and_example_and_imports_cleanly()
    {
        var park = new TestPark(service);
        var response = await park.Viewer.GetAsync("/api/v1/imports/template.xlsx");
        var template = await response.Content.ReadAsByteArrayAsync();
        var csv = CsvRecordReader.Read(new StringReader(ImportColumns.Template())).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType!.MediaType);
        var records = XlsxRecordReader.Read(new MemoryStream(template)).ToList();
        Assert.Equal(csv[0].Fields, records[0].Fields);
        Assert.Equal(csv[1].Fields, records[1].Fields);
        Assert.Equal("编号", records[0].Fields[0]);
        Assert.True((await Api.OkJsonAsync(await Import(park, template, dryRun: true))).GetProperty("valid").GetBoolean());
    }
}
