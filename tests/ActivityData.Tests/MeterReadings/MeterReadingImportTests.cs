using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.MeterReadings;

[Collection(nameof(ServiceCollection))]
public sealed class MeterReadingImportTests(ActivityDataService service)
{
    private static Task<HttpResponseMessage> PostAsync(TestPark park, string csv, int year, bool dryRun) =>
        park.PostReadingsAsync(Encoding.UTF8.GetBytes(csv), year, dryRun);

    private static async Task<(TestPark Park, Guid Meter)> ParkWithMeterAsync(ActivityDataService service)
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("华润电子");
        return (park, await park.SourceAsync(enterprise, "1# 总表", metered: true, unit: "kWh"));
    }

    private static string Readings(Guid meter, int days) => "排放源编号,读数时间,数量\n" + string.Concat(Enumerable.Range(0, days * 24).Select(h =>
        $"{meter},{new DateTime(2024, 1, 1).AddHours(h):yyyy-MM-dd HH:mm:ss},{1.5 + h % 3}\n"));

    [Fact]
    public async Task Readings_are_summed_into_one_line_per_source_and_month_whose_entry_keeps_their_digest()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var csv = Readings(meter, days: 40); // January and 9 days of February, hourly

        var accepted = await Api.OkJsonAsync(await PostAsync(park, csv, 2024, dryRun: false), HttpStatusCode.Accepted);

        Assert.Equal((960, 2), (accepted.GetProperty("rows").GetInt32(), accepted.GetProperty("monthlyLines").GetInt32()));
        var lines = await service.WithDbAsync(db => db.Records.AsNoTracking().Where(r => r.ParkId == park.Id).OrderBy(r => r.LineId).ToListAsync());
        var january = Enumerable.Range(0, 31 * 24).Sum(h => 1.5 + h % 3);
        Assert.Equal(january, lines.Single(l => l.LineId.Contains(":01:")).Quantity, 9);
        Assert.All(lines, l => Assert.Equal(("purchased-electricity", "kWh", meter), (l.Kind, l.Unit, l.SourceId!.Value)));
        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        Assert.All(entries, e => Assert.Equal("meter", e.GetProperty("channel").GetString()));
        Assert.Equal(2, await service.WithDbAsync(db => db.Ledger.CountAsync(e => e.ParkId == park.Id && e.Readings!.StartsWith("744:"))) +
            await service.WithDbAsync(db => db.Ledger.CountAsync(e => e.ParkId == park.Id && e.Readings!.StartsWith("216:"))));
        var report = await park.VerifyAsync();
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(960, report.GetProperty("readings").GetProperty("readingsChecked").GetInt64());
    }

    [Fact]
    public async Task A_reading_changed_in_the_database_is_named_by_the_verification()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        await Api.OkJsonAsync(await PostAsync(park, Readings(meter, days: 3), 2024, dryRun: false), HttpStatusCode.Accepted);

        var changed = await service.ExecuteSqlAsync(
            $"UPDATE MeterReadings SET Quantity = Quantity + 1 WHERE SourceId = '{meter.ToString().ToUpperInvariant()}' AND ReadAt = '2024-01-02 05:00:00'");

        Assert.Equal(1, changed);
        var report = await park.VerifyAsync();
        Assert.False(report.GetProperty("intact").GetBoolean());
        var mismatch = report.GetProperty("readings").GetProperty("firstMismatch");
        Assert.Contains($"meter:{meter:N}:01:", mismatch.GetProperty("lineId").GetString());
    }

    [Fact]
    public async Task Every_bad_row_is_reported_and_nothing_is_recorded()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var csv = "sourceId,readAt,quantity\n"
            + $"{meter},2024-01-01 00:00:00,3.5\n"
            + $"{Guid.NewGuid()},2024-01-01 01:00:00,1\n"   // row 3: not a source of the park
            + $"{meter},yesterday,1\n"                       // row 4: not a time
            + $"{meter},2024-01-01 02:00:00,-2\n"            // row 5: negative
            + $"{meter},2023-12-31 23:00:00,1\n"             // row 6: another year
            + $"{meter},2024-01-01 00:00:00,3.5\n"           // row 7: the same reading again
            + $"{meter},2024-01-01 03:00:00,abc\n";          // row 8: not a number

        var dryRun = await Api.OkJsonAsync(await PostAsync(park, csv, 2024, dryRun: true));
        var problems = dryRun.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("row").GetInt32()}:{p.GetProperty("column").GetString()}:{p.GetProperty("code").GetString()}").ToList();
        Assert.Equal(["3:sourceId:unknown-source", "4:readAt:invalid-time", "5:quantity:negative-quantity", "6:readAt:wrong-year",
            "7:readAt:duplicate-reading", "8:quantity:invalid-number"], problems);

        var codes = await Api.ProblemCodesAsync(await PostAsync(park, csv, 2024, dryRun: false), HttpStatusCode.BadRequest);
        Assert.Equal(6, codes.Count);
        Assert.Equal(0, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
        Assert.Equal(0, await service.WithDbAsync(db => db.Records.CountAsync(r => r.ParkId == park.Id)));
    }

    [Fact]
    public async Task A_dry_run_records_nothing_and_a_file_imported_twice_is_refused_the_second_time()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var csv = Readings(meter, days: 2);

        var dryRun = await Api.OkJsonAsync(await PostAsync(park, csv, 2024, dryRun: true));
        Assert.True(dryRun.GetProperty("valid").GetBoolean());
        Assert.Equal(0, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));

        await Api.OkJsonAsync(await PostAsync(park, csv, 2024, dryRun: false), HttpStatusCode.Accepted);
        var again = await Api.ProblemCodesAsync(await PostAsync(park, csv, 2024, dryRun: false), HttpStatusCode.BadRequest);
        Assert.Equal(48, again.Count(c => c == "duplicate-reading"));
        Assert.Equal(48, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
    }

    [Fact]
    public async Task Wrong_columns_an_empty_file_and_a_future_reading_are_refused()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        Assert.Contains("invalid-header", await Api.ProblemCodesAsync(await PostAsync(park, "source,when\n", 2024, false), HttpStatusCode.BadRequest));
        Assert.Contains("empty-file", await Api.ProblemCodesAsync(await PostAsync(park, "", 2024, false), HttpStatusCode.BadRequest));
        var future = $"sourceId,readAt,quantity\n{meter},{DateTime.UtcNow.AddDays(2):yyyy-MM-dd HH:mm:ss},1\n";
        Assert.Contains("period-in-future", await Api.ProblemCodesAsync(await PostAsync(park, future, DateTime.UtcNow.AddDays(2).Year, false), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_viewer_cannot_import_readings()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var content = new StringContent(Readings(meter, 1), Encoding.UTF8, "text/csv");
        var response = await park.Viewer.PostAsync($"/api/v1/parks/{park.Id}/meter-readings?year=2024&dryRun=false", content);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(TestPark park, string csv, string key, bool dryRun = false)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{park.Id}/meter-readings?year=2024&dryRun={dryRun}") { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return park.Admin.SendAsync(request);
    }

    [Fact]
    public async Task A_retried_readings_import_with_the_same_key_records_one_set_of_readings_and_answers_the_same()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var csv = Readings(meter, days: 2);
        var key = Guid.NewGuid().ToString();

        var first = await Api.OkJsonAsync(await PostWithKeyAsync(park, csv, key), HttpStatusCode.Accepted);
        var retry = await Api.OkJsonAsync(await PostWithKeyAsync(park, csv, key), HttpStatusCode.Accepted);

        Assert.Equal(first.GetRawText(), retry.GetRawText());
        Assert.Equal(48, retry.GetProperty("rows").GetInt32());
        Assert.Equal(48, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
        Assert.Equal(1, await service.WithDbAsync(db => db.Batches.CountAsync(b => b.ParkId == park.Id)));
        Assert.Equal(1, (await park.LedgerAsync(2024)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_same_key_with_other_readings_is_409_idempotency_key_reused()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var key = Guid.NewGuid().ToString();
        await Api.OkJsonAsync(await PostWithKeyAsync(park, Readings(meter, days: 2), key), HttpStatusCode.Accepted);

        var codes = await Api.ProblemCodesAsync(await PostWithKeyAsync(park, Readings(meter, days: 3), key), HttpStatusCode.Conflict);

        Assert.Equal(["idempotency-key-reused"], codes);
        Assert.Equal(48, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
    }

    [Fact]
    public async Task A_readings_dry_run_with_a_key_records_nothing_and_leaves_the_key_for_the_commit()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var key = Guid.NewGuid().ToString();

        await Api.OkJsonAsync(await PostWithKeyAsync(park, Readings(meter, days: 3), key, dryRun: true));
        Assert.Equal(0, await service.WithDbAsync(db => db.Batches.CountAsync(b => b.ParkId == park.Id)));

        await Api.OkJsonAsync(await PostWithKeyAsync(park, Readings(meter, days: 2), key), HttpStatusCode.Accepted);
        Assert.Equal(48, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
    }

    [Fact]
    public async Task Concurrent_readings_imports_with_the_same_key_record_one_set_of_readings()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var csv = Readings(meter, days: 2);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostWithKeyAsync(park, csv, key)));

        var batches = new List<Guid>();
        foreach (var r in responses) batches.Add((await Api.OkJsonAsync(r, HttpStatusCode.Accepted)).GetProperty("batchId").GetGuid());
        Assert.Single(batches.Distinct());
        Assert.Equal(48, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
        Assert.Equal(1, await service.WithDbAsync(db => db.Batches.CountAsync(b => b.ParkId == park.Id)));
    }
}
