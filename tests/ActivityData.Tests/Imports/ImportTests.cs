using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Imports;

[Collection(nameof(ServiceCollection))]
public sealed class ImportTests(ActivityDataService service)
{
    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Header = "编号,类型,数量,单位,燃料,产品,排放因子,月份\r\n";
    private const string Valid = Header + "F-1,fuel-combustion,1200,t,anthracite,,,1\r\nP-1,industrial-process,50,t,,水泥熟料,0.52,\r\n";

    private static Task<HttpResponseMessage> Import(TestPark park, byte[] file, bool dryRun, int year = 2024, string query = "")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return park.Admin.PostAsync($"/api/v1/parks/{park.Id}/imports?year={year}&dryRun={dryRun}{query}", content);
    }

    private static byte[] Utf8(string csv, bool bom = false) => (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

    private static async Task<List<(int? Row, string? Column, string Code)>> DryRunProblemsAsync(TestPark park, string csv, int year = 2024)
    {
        var report = await Api.OkJsonAsync(await Import(park, Utf8(csv), dryRun: true, year));
        return report.GetProperty("problems").EnumerateArray().Select(p => (
            p.GetProperty("row").ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : p.GetProperty("row").GetInt32(),
            p.GetProperty("column").GetString(), p.GetProperty("code").GetString()!)).ToList();
    }

    private static async Task<int> LedgerCountAsync(TestPark park, int year = 2024) => (await park.LedgerAsync(year)).GetProperty("items").GetArrayLength();

    [Fact]
    public async Task A_dry_run_of_a_valid_file_reports_no_problems_and_records_nothing()
    {
        var park = new TestPark(service);

        var report = await Api.OkJsonAsync(await Import(park, Utf8(Valid, bom: true), dryRun: true));

        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
        Assert.Equal(2, report.GetProperty("rows").GetInt32());
        Assert.Equal(0, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task A_commit_records_every_line_through_the_import_channel()
    {
        var park = new TestPark(service);

        await Api.OkJsonAsync(await Import(park, Utf8(Valid), dryRun: false), HttpStatusCode.Accepted);

        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["F-1", "P-1"], entries.Select(e => e.GetProperty("lineId").GetString()));
        Assert.All(entries, e => Assert.Equal("import", e.GetProperty("channel").GetString()));
        Assert.Equal(1, entries[0].GetProperty("month").GetInt32());
        Assert.Equal("水泥熟料", entries[1].GetProperty("values").GetProperty("product").GetString());
    }

    [Fact]
    public async Task A_gb18030_file_is_read_as_gb18030()
    {
        var park = new TestPark(service);

        await Api.OkJsonAsync(await Import(park, Encoding.GetEncoding("GB18030").GetBytes(Valid), dryRun: false), HttpStatusCode.Accepted);

        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("水泥熟料", entries[1].GetProperty("values").GetProperty("product").GetString());
    }

    [Fact]
    public async Task A_dry_run_reports_every_problem_at_once_by_row_and_column()
    {
        var park = new TestPark(service);
        var csv = Header
            + "F-1,fuel-combustion,abc,t,anthracite,,,\r\n"     // row 2: bad number
            + "F-2,fuel-combustion,5,MWh,anthracite,,,\r\n"     // row 3: unit of the wrong family
            + "F-3,fuel-combustion,5,t,moon-rock,,,\r\n"        // row 4: unknown fuel code
            + "F-4,fuel-combustion,5,furlong,anthracite,,,\r\n" // row 5: unknown unit
            + "F-4,fuel-combustion,6,t,anthracite,,,13\r\n";    // row 6: duplicate id, month out of range

        var problems = await DryRunProblemsAsync(park, csv);

        Assert.Contains((2, "数量", "invalid-number"), problems);
        Assert.Contains((3, "单位", "unit-family-mismatch"), problems);
        Assert.Contains((4, "燃料", "unknown-fuel"), problems);
        Assert.Contains((5, "单位", "unknown-unit"), problems);
        Assert.Contains((6, "编号", "duplicate-line-id"), problems);
        Assert.Contains((6, "月份", "invalid-month"), problems);
    }

    [Fact]
    public async Task A_commit_with_any_problem_is_400_and_writes_nothing()
    {
        var park = new TestPark(service);
        var csv = Valid + "F-9,fuel-combustion,-5,t,anthracite,,,\r\n";

        var codes = await Api.ProblemCodesAsync(await Import(park, Utf8(csv), dryRun: false), HttpStatusCode.BadRequest);

        Assert.Contains("negative-quantity", codes);
        Assert.Equal(0, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task Wrong_columns_are_named_and_nothing_is_written()
    {
        var park = new TestPark(service);

        var problems = await DryRunProblemsAsync(park, "编号,类型,重量,单位\r\nF-1,fuel-combustion,5,t\r\n");
        var codes = await Api.ProblemCodesAsync(await Import(park, Utf8("编号,类型,重量,单位\r\nF-1,fuel-combustion,5,t\r\n"), dryRun: false), HttpStatusCode.BadRequest);

        Assert.Contains((1, "重量", "unknown-column"), problems);
        Assert.Contains((1, "quantity", "missing-column"), problems);
        Assert.Contains("missing-column", codes);
        Assert.Equal(0, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var park = new TestPark(service);

        Assert.Equal(["empty-file"], await Api.ProblemCodesAsync(await Import(park, [], dryRun: false), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_period_in_the_future_is_refused()
    {
        var park = new TestPark(service);
        var nextYear = DateTime.UtcNow.Year + 1;

        var problems = await DryRunProblemsAsync(park, Valid, nextYear);
        var codes = await Api.ProblemCodesAsync(await Import(park, Utf8(Valid), dryRun: false, nextYear), HttpStatusCode.BadRequest);

        Assert.Contains((null, "year", "period-in-future"), problems);
        Assert.Contains("period-in-future", codes);
        Assert.Equal(0, await LedgerCountAsync(park, nextYear));
    }

    [Fact]
    public async Task An_import_into_a_locked_period_is_409_period_locked()
    {
        var park = new TestPark(service);
        await park.DataEntry.PostAsync($"/api/v1/parks/{park.Id}/periods/2022/submission", null);
        await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/periods/2022/lock", null);

        Assert.Equal(["period-locked"], await Api.ProblemCodesAsync(await Import(park, Utf8(Valid), dryRun: false, 2022), HttpStatusCode.Conflict));
        Assert.Equal(0, await LedgerCountAsync(park, 2022));
    }

    [Fact]
    public async Task Files_beyond_the_row_or_size_limit_are_413()
    {
        var park = new TestPark(service);
        var rows = new StringBuilder(Header);
        for (var i = 0; i <= 10_000; i++) rows.Append($"E-{i},purchased-electricity,1,MWh,,,,\r\n");
        var huge = new byte[5 * 1024 * 1024 + 1];
        Array.Fill(huge, (byte)'a');

        Assert.Equal(["too-many-rows"], await Api.ProblemCodesAsync(await Import(park, Utf8(rows.ToString()), dryRun: false), HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(["file-too-large"], await Api.ProblemCodesAsync(await Import(park, huge, dryRun: true), HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(0, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task A_dry_run_report_comes_as_csv_and_a_multipart_upload_works_too()
    {
        var park = new TestPark(service);
        var csvReport = await Import(park, Utf8(Header + "F-1,fuel-combustion,=1+1,t,anthracite,,,\r\n"), dryRun: true, query: "&format=csv");
        var form = new MultipartFormDataContent { { new ByteArrayContent(Utf8(Valid)), "file", "data.csv" } };
        var multipart = await park.Admin.PostAsync($"/api/v1/parks/{park.Id}/imports?year=2024&dryRun=false", form);

        Assert.Equal("text/csv", csvReport.Content.Headers.ContentType!.MediaType);
        var text = (await csvReport.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("row,column,line,code,message", text);
        Assert.Contains("2,数量,F-1,invalid-number,'=1+1' is not a number", text.Replace("\"", ""));
        Assert.Equal(HttpStatusCode.Accepted, multipart.StatusCode);
        Assert.Equal(2, await LedgerCountAsync(park));
    }

    [Fact]
    public async Task The_template_is_a_csv_with_chinese_headers()
    {
        var response = await new TestPark(service).Viewer.GetAsync("/api/v1/imports/template.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("编号,类型,数量,单位,燃料", (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }
}
