using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using static CarbonPlatform.ActivityData.Tests.Instruments.Register;

namespace CarbonPlatform.ActivityData.Tests.Instruments;

/// <summary>Imports and corrections name the register's allocation a line spends, through the same checks as a recorded batch.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class AllocatedImportAndCorrectionTests(ActivityDataService service)
{
    private const string Header = "编号,类型,数量,单位,工具,分配编号\r\n";

    private static Task<HttpResponseMessage> ImportAsync(TestPark park, HttpClient client, string csv, bool dryRun)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"/api/v1/parks/{park.Id}/imports?year=2024&dryRun={dryRun}", content);
    }

    private static async Task<List<(int? Row, string? Column, string Code)>> DryRunProblemsAsync(TestPark park, string csv) =>
        (await Api.OkJsonAsync(await ImportAsync(park, park.Admin, csv, dryRun: true))).GetProperty("problems").EnumerateArray()
        .Select(p => (p.GetProperty("row").ValueKind == JsonValueKind.Null ? (int?)null : p.GetProperty("row").GetInt32(),
            p.GetProperty("column").GetString(), p.GetProperty("code").GetString()!)).ToList();

    private static async Task<JsonElement> LineAsync(TestPark park, string id) =>
        (await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year=2024")))
        .GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);

    private static object Offset(string id, double t, string allocationId) =>
        new { id, kind = "offset", quantity = t, unit = "tCO2e", instrument = "CCER", allocationId };

    private async Task<string> CcerAllocationAsync(TestPark park, int year, double quantity) =>
        await AllocationAsync(park, await RegisterAsync(park, new { kind = "CCER", vintage = 2023, quantity = 50,
            serials = new { prefix = FreshPrefix("CCER"), first = 1, last = 50 } }), year, quantity);

    [Fact]
    public async Task An_imported_offset_row_spends_its_allocation_and_a_second_file_naming_it_is_refused_on_its_row()
    {
        var park = new TestPark(service);
        var allocation = await CcerAllocationAsync(park, 2024, 50);

        await Api.OkJsonAsync(await ImportAsync(park, park.Admin, Header + $"ccer-1,offset,50,tCO2e,CCER,{allocation}\r\n", dryRun: false), HttpStatusCode.Accepted);
        var again = await DryRunProblemsAsync(park, Header + $"grid,purchased-electricity,10,MWh,,\r\nccer-2,offset,5,tCO2e,CCER,{allocation}\r\n");

        var line = await LineAsync(park, "ccer-1");
        Assert.Equal(allocation, line.GetProperty("allocationId").GetString());
        Assert.Equal($"allocation:{allocation}", line.GetProperty("serial").GetString());
        Assert.Equal([(3, "分配编号", "allocation-spent")], again);
    }

    [Fact]
    public async Task An_imported_row_naming_an_allocation_of_another_year_or_with_a_serial_of_its_own_is_refused_on_its_row_and_column()
    {
        var park = new TestPark(service);
        var y2025 = await CcerAllocationAsync(park, 2025, 10);

        var otherYear = await DryRunProblemsAsync(park, Header + $"ccer-1,offset,10,tCO2e,CCER,{y2025}\r\n");
        var malformed = await DryRunProblemsAsync(park, "编号,类型,数量,单位,工具,序列号,分配编号\r\n"
            + $"ccer-2,offset,1,tCO2e,CCER,X-1,{y2025}\r\nccer-3,offset,1,tCO2e,CCER,,not-an-id\r\n");
        var commit = await ImportAsync(park, park.Admin, Header + $"ccer-1,offset,10,tCO2e,CCER,{y2025}\r\n", dryRun: false);

        Assert.Equal([(2, "分配编号", "allocation-not-of-park-year")], otherYear);
        Assert.Equal([(2, "序列号", "serial-with-allocation"), (3, "分配编号", "unknown-allocation")], malformed.Take(2).ToList());
        Assert.Equal([("分配编号", "allocation-not-of-park-year")], await ErrorsAsync(commit, HttpStatusCode.BadRequest));
        Assert.Equal(0, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_correction_may_move_a_line_to_another_allocation_but_not_to_one_another_line_spends()
    {
        var park = new TestPark(service);
        var id = await RegisterAsync(park, new { kind = "CCER", vintage = 2023, quantity = 50, serials = new { prefix = FreshPrefix("CCER"), first = 1, last = 50 } });
        var (first, second, third) = (await AllocationAsync(park, id, 2024, 15), await AllocationAsync(park, id, 2024, 15), await AllocationAsync(park, id, 2024, 20));
        await Api.OkJsonAsync(await park.RecordAsync(2024, Offset("ccer-1", 15, first), Offset("ccer-2", 15, second)), HttpStatusCode.Accepted);

        var spent = await park.CorrectAsync("ccer-2", 2024, "wrong allocation", Offset("ccer-2", 15, first));
        var beyond = await park.CorrectAsync("ccer-2", 2024, "more credits", Offset("ccer-2", 18, second));
        var moved = await park.CorrectAsync("ccer-2", 2024, "more credits", Offset("ccer-2", 18, third));
        var sameAgain = await park.CorrectAsync("ccer-1", 2024, "fewer credits", Offset("ccer-1", 14, first));

        Assert.Equal([("allocationId", "allocation-spent")], await ErrorsAsync(spent, HttpStatusCode.Conflict));
        Assert.Equal([("allocationId", "exceeds-allocation")], await ErrorsAsync(beyond, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sameAgain.StatusCode);
        var line = await LineAsync(park, "ccer-2");
        Assert.Equal(third, line.GetProperty("allocationId").GetString());
        Assert.Equal($"allocation:{third}", line.GetProperty("serial").GetString());
        // The allocation the correction left is free again for another line.
        Assert.Equal(HttpStatusCode.Accepted, (await park.RecordAsync(2024, Offset("ccer-3", 15, second))).StatusCode);
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task While_the_park_requires_approval_an_imported_offset_spends_its_allocation_once_approved()
    {
        var park = new TestPark(service);
        var allocation = await CcerAllocationAsync(park, 2024, 50);
        await park.RequireApprovalAsync();

        var submitted = await Api.OkJsonAsync(await ImportAsync(park, park.Admin, Header + $"ccer-1,offset,50,tCO2e,CCER,{allocation}\r\n", dryRun: false),
            HttpStatusCode.Accepted);
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, submitted.GetProperty("batchId").GetGuid(), "approve"));

        Assert.Equal(allocation, (await LineAsync(park, "ccer-1")).GetProperty("allocationId").GetString());
        Assert.Equal([("allocationId", "allocation-spent")],
            await ErrorsAsync(await park.RecordAsync(2024, Offset("ccer-2", 1, allocation)),
                HttpStatusCode.Conflict));
    }
}
