using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Devices;

[Collection(nameof(ServiceCollection))]
public sealed class DeviceRegistryTests(ActivityDataService service)
{
    private static async Task<JsonElement> RegisterAsync(HttpClient client, TestPark park, Guid source, string meterId, double? jumpBound = null) =>
        await Api.OkJsonAsync(await client.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices",
            new { sourceId = source, meterId, unit = "MWh", intervalMinutes = 60, multiplier = 0.5, jumpBound }), HttpStatusCode.Created);

    private Task<HttpResponseMessage> PostReadingsAsync(JsonElement issued, string json, string? secret = null)
    {
        var client = service.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, issued.GetProperty("httpPath").GetString())
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        var credential = $"{issued.GetProperty("username").GetString()}:{secret ?? issued.GetProperty("secret").GetString()}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credential)));
        return client.SendAsync(request);
    }

    private static string Hourly(DateTime from, int hours, Func<int, double> register) => JsonSerializer.Serialize(Enumerable.Range(0, hours)
        .Select(h => new { time = from.AddHours(h).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture), value = register(h) }));

    [Fact]
    public async Task A_meter_number_is_registered_once_per_park_and_its_secret_is_kept_only_as_a_hash()
    {
        var park = new TestPark(service);
        var meter = await park.SourceAsync(await park.EnterpriseAsync("华润电子"), "1# 总表", metered: true);

        var issued = await RegisterAsync(park.DataEntry, park, meter, "DB-001");
        var again = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices", new { sourceId = meter, meterId = "DB-001", unit = "MWh", intervalMinutes = 15 });

        Assert.Equal(["meter-registered"], await Api.ProblemCodesAsync(again, HttpStatusCode.Conflict));
        var secret = issued.GetProperty("secret").GetString()!;
        var stored = await service.WithDbAsync(db => db.Devices.AsNoTracking().SingleAsync(d => d.ParkId == park.Id));
        Assert.NotEqual(secret, stored.SecretHash);
        Assert.DoesNotContain(secret, (await park.Admin.GetStringAsync($"/api/v1/parks/{park.Id}/devices")));
    }

    [Fact]
    public async Task A_device_needs_a_metered_source_in_the_sources_unit_and_a_viewer_cannot_register_one()
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("苏钢");
        var boiler = await park.SourceAsync(enterprise, "锅炉", metered: false);
        var meter = await park.SourceAsync(enterprise, "电表", metered: true);

        var unmetered = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices", new { sourceId = boiler, meterId = "X", unit = "MWh", intervalMinutes = 15 });
        var wrongUnit = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices", new { sourceId = meter, meterId = "Y", unit = "kWh", intervalMinutes = 15 });
        var noInterval = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices", new { sourceId = meter, meterId = "Z", unit = "MWh" });
        var viewer = await park.Viewer.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices", new { sourceId = meter, meterId = "V", unit = "MWh", intervalMinutes = 15 });

        Assert.Equal(["not-metered"], await Api.ProblemCodesAsync(unmetered, HttpStatusCode.BadRequest));
        Assert.Equal(["unit-mismatch"], await Api.ProblemCodesAsync(wrongUnit, HttpStatusCode.BadRequest));
        Assert.Equal(["invalid-interval"], await Api.ProblemCodesAsync(noInterval, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
    }

    [Fact]
    public async Task An_enterprise_registers_and_sees_devices_of_its_own_sources_only()
    {
        var park = new TestPark(service);
        var (own, other) = (await park.EnterpriseAsync("甲"), await park.EnterpriseAsync("乙"));
        var (ownMeter, otherMeter) = (await park.SourceAsync(own, "甲 表", metered: true), await park.SourceAsync(other, "乙 表", metered: true));
        await RegisterAsync(park.Admin, park, otherMeter, "B-1");
        var enterprise = park.EnterpriseUser(own);

        await RegisterAsync(enterprise, park, ownMeter, "A-1");
        var foreign = await enterprise.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices", new { sourceId = otherMeter, meterId = "A-2", unit = "MWh", intervalMinutes = 15 });
        var list = await Api.OkJsonAsync(await enterprise.GetAsync($"/api/v1/parks/{park.Id}/devices"));

        Assert.Equal(["unknown-source"], await Api.ProblemCodesAsync(foreign, HttpStatusCode.BadRequest));
        Assert.Equal(["A-1"], list.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("meterId").GetString()));
    }

    [Fact]
    public async Task Readings_posted_twice_are_kept_once_and_a_finished_month_becomes_the_same_monthly_line_as_the_equivalent_csv()
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("华润电子");
        var (streamed, imported) = (await park.SourceAsync(enterprise, "流", metered: true), await park.SourceAsync(enterprise, "文件", metered: true));
        var issued = await RegisterAsync(park.Admin, park, streamed, "DB-7");
        // The register from 23:00 on the last day of February to 23:00 on 31 March: March's intervals end 01:00 … 23:00 on the 31st, and 00:00 on 1 March.
        var from = new DateTime(2024, 2, 29, 23, 0, 0);
        var hours = (int)(new DateTime(2024, 3, 31, 23, 0, 0) - from).TotalHours + 1;
        double Register(int h) => 1000 + h * 4 + h % 3;
        var json = Hourly(from, hours, Register);

        var first = await Api.OkJsonAsync(await PostReadingsAsync(issued, json), HttpStatusCode.Accepted);
        var repeat = await Api.OkJsonAsync(await PostReadingsAsync(issued, json), HttpStatusCode.Accepted);
        var recorded = await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices/months", new { year = 2024, month = 3 }));
        var csv = new StringBuilder("sourceId,readAt,quantity\n");
        for (var h = 1; h < hours; h++)
            csv.Append(CultureInfo.InvariantCulture, $"{imported},{from.AddHours(h):yyyy-MM-dd HH:mm:ss},{(Register(h) - Register(h - 1)) * 0.5}\n");
        await Api.OkJsonAsync(await park.PostReadingsAsync(Encoding.UTF8.GetBytes(csv.ToString()), 2024, dryRun: false), HttpStatusCode.Accepted);

        Assert.Equal((hours, 0), (first.GetProperty("stored").GetInt32(), first.GetProperty("alreadyKept").GetInt32()));
        Assert.Equal((0, hours), (repeat.GetProperty("stored").GetInt32(), repeat.GetProperty("alreadyKept").GetInt32()));
        Assert.Equal("recorded", recorded.GetProperty("devices")[0].GetProperty("status").GetString());
        var lines = await service.WithDbAsync(db => db.Records.AsNoTracking().Where(r => r.ParkId == park.Id).ToListAsync());
        Assert.Equal(2, lines.Count);
        Assert.Equal(lines.Single(l => l.SourceId == imported).Quantity, lines.Single(l => l.SourceId == streamed).Quantity, 9);
        var entries = await service.WithDbAsync(db => db.Ledger.AsNoTracking().Where(e => e.ParkId == park.Id && e.Readings != null).ToListAsync());
        Assert.Equal(["meter", "meter"], entries.Select(e => e.Channel));
        Assert.Equal([hours - 1L, hours - 1L], entries.Select(e => CarbonPlatform.ActivityData.MeterReadings.ReadingDigest.CountOf(e.Readings!)));
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task While_the_park_requires_approval_a_finished_month_waits_for_a_reviewer_and_a_returned_one_can_be_recorded_again()
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("华润电子");
        var source = await park.SourceAsync(enterprise, "流", metered: true);
        var issued = await RegisterAsync(park.Admin, park, source, "DB-9");
        await park.RequireApprovalAsync();
        await Api.OkJsonAsync(await PostReadingsAsync(issued, Hourly(new DateTime(2024, 4, 30, 23, 0, 0), 24 * 31 + 1, h => 500 + h * 2)),
            HttpStatusCode.Accepted);
        async Task<JsonElement> RecordMayAsync() =>
            await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices/months", new { year = 2024, month = 5 }));

        var submitted = (await RecordMayAsync()).GetProperty("devices")[0];
        var batch = submitted.GetProperty("batchId").GetGuid();
        var linesWhilePending = await park.RecordedLineIdsAsync(park.Admin, 2024);
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, batch, "return", "表计倍率待核实"));
        var again = (await RecordMayAsync()).GetProperty("devices")[0];
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, again.GetProperty("batchId").GetGuid(), "approve"));

        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.Empty(linesWhilePending);
        Assert.Equal("submitted", again.GetProperty("status").GetString());
        var line = Assert.Single(await service.WithDbAsync(db => db.Records.AsNoTracking().Where(r => r.ParkId == park.Id).ToListAsync()));
        Assert.Equal(24 * 31 * 2 * 0.5, line.Quantity, 9);
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task The_park_s_data_quality_scores_each_source_on_its_own_devices_readings()
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("华润电子");
        var (month, day) = (await park.SourceAsync(enterprise, "整月", metered: true), await park.SourceAsync(enterprise, "一天", metered: true));
        var from = new DateTime(2024, 1, 1);
        await Api.OkJsonAsync(await PostReadingsAsync(await RegisterAsync(park.Admin, park, month, "Q-1"), Hourly(from, 744, h => h)), HttpStatusCode.Accepted);
        await Api.OkJsonAsync(await PostReadingsAsync(await RegisterAsync(park.Admin, park, day, "Q-2"), Hourly(from, 24, h => h)), HttpStatusCode.Accepted);

        var quality = await Api.OkJsonAsync(await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/data-quality?year=2024"));

        var coverage = quality.GetProperty("sources").EnumerateArray().ToDictionary(q => q.GetProperty("sourceId").GetGuid(), q => q.GetProperty("coverage").GetDouble());
        Assert.Equal(Math.Round(744 / 8784.0, 4), coverage[month]); // 2024 has 8,784 hours
        Assert.Equal(Math.Round(24 / 8784.0, 4), coverage[day]);
        Assert.Equal(Math.Round((coverage[month] + coverage[day]) / 2, 4), quality.GetProperty("coverage").GetDouble());
    }

    [Fact]
    public async Task A_wrong_secret_or_a_retired_device_is_401_and_a_recorded_month_takes_no_more_readings()
    {
        var park = new TestPark(service);
        var issued = await RegisterAsync(park.Admin, park, await park.SourceAsync(await park.EnterpriseAsync("甲"), "表", metered: true), "M-1");
        await Api.OkJsonAsync(await PostReadingsAsync(issued, Hourly(new DateTime(2024, 1, 1), 3, h => h)), HttpStatusCode.Accepted);
        await Api.OkJsonAsync(await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/devices/months", new { year = 2024, month = 1 }));

        var wrong = await PostReadingsAsync(issued, Hourly(new DateTime(2024, 2, 1), 1, h => 9), secret: new string('0', 64));
        var late = await PostReadingsAsync(issued, Hourly(new DateTime(2024, 1, 1, 5, 0, 0), 1, h => 9));
        await Api.OkJsonAsync(await park.Admin.DeleteAsync($"/api/v1/parks/{park.Id}/devices/{issued.GetProperty("device").GetProperty("id").GetGuid()}"));
        var retired = await PostReadingsAsync(issued, Hourly(new DateTime(2024, 2, 1), 1, h => 9));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(["month-recorded"], await Api.ProblemCodesAsync(late, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Unauthorized, retired.StatusCode);
    }

    [Fact]
    public async Task A_gap_a_jump_and_a_counter_reset_are_listed_among_the_devices_flags()
    {
        var park = new TestPark(service);
        var issued = await RegisterAsync(park.Admin, park, await park.SourceAsync(await park.EnterpriseAsync("甲"), "表", metered: true), "M-2", jumpBound: 20);
        var id = issued.GetProperty("device").GetProperty("id").GetGuid();
        // Hourly: 0 … 3 h, nothing at 4 and 5 h, then 6 h; a jump of 100 (×0.5 = 50 > 20) at 7 h; back to 2 at 8 h.
        double?[] register = [10, 11, 12, 13, null, null, 16, 116, 2];
        var json = JsonSerializer.Serialize(register.Select((v, h) => (v, h)).Where(p => p.v is not null).Select(p =>
            new { time = new DateTime(2024, 5, 1).AddHours(p.h).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture), value = p.v }));
        await Api.OkJsonAsync(await PostReadingsAsync(issued, json), HttpStatusCode.Accepted);

        var flags = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/devices/{id}/flags?from=2024-05-01T00:00:00&to=2024-05-01T09:00:00"));

        Assert.Equal([("gap", "2024-05-01T03:00:00"), ("jump", "2024-05-01T06:00:00"), ("reset", "2024-05-01T07:00:00")],
            flags.GetProperty("flags").EnumerateArray().Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("since").GetString()!)));
    }
}
