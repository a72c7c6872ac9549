using System.Net;
using System.Text;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Approval;

/// <summary>While a park requires approval, a meter-readings file's monthly lines count only once someone other than its maker approves it.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class ReadingsApprovalTests(ActivityDataService service)
{
    private static byte[] Readings(Guid meter, int days) => Encoding.UTF8.GetBytes("排放源编号,读数时间,数量\n" + string.Concat(
        Enumerable.Range(0, days * 24).Select(h => $"{meter},{new DateTime(2024, 1, 1).AddHours(h):yyyy-MM-dd HH:mm:ss},{1.5 + h % 3}\n")));

    private static async Task<(TestPark Park, Guid Meter)> ParkWithMeterAsync(ActivityDataService service)
    {
        var park = new TestPark(service);
        var enterprise = await park.EnterpriseAsync("华润电子");
        var meter = await park.SourceAsync(enterprise, "1# 总表", metered: true, unit: "kWh");
        await park.RequireApprovalAsync();
        return (park, meter);
    }

    [Fact]
    public async Task A_submitted_readings_file_adds_no_line_until_approved_and_then_its_lines_keep_the_digest_and_name_the_approver()
    {
        var (park, meter) = await ParkWithMeterAsync(service);

        var answer = await Api.OkJsonAsync(await park.PostReadingsAsync(Readings(meter, days: 40), 2024, dryRun: false), HttpStatusCode.Accepted);
        var batch = answer.GetProperty("batchId").GetGuid();
        var linesBefore = await park.RecordedLineIdsAsync(park.Admin, 2024);
        var whilePending = await park.VerifyAsync();
        var pending = Assert.Single((await park.SubmissionsAsync(park.Reviewer)).EnumerateArray());
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, batch, "approve"));

        Assert.Equal(("submitted", 960, 2), (answer.GetProperty("status").GetString(), answer.GetProperty("rows").GetInt32(),
            answer.GetProperty("monthlyLines").GetInt32()));
        Assert.Empty(linesBefore);
        Assert.True(whilePending.GetProperty("intact").GetBoolean(), whilePending.ToString());
        Assert.Equal(0, whilePending.GetProperty("readings").GetProperty("readingsChecked").GetInt64());
        Assert.Equal(("meter", 2), (pending.GetProperty("channel").GetString(), pending.GetProperty("lines").GetArrayLength()));
        Assert.All(pending.GetProperty("lines").EnumerateArray(), l => Assert.Equal(meter, l.GetProperty("sourceId").GetGuid()));
        var entries = (await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("meter", $"operator-reviewer-{park.OperatorId:N}", batch),
            (e.GetProperty("channel").GetString(), e.GetProperty("approvedBy").GetString(), e.GetProperty("batchId").GetGuid())));
        Assert.Equal([1, 2], entries.Select(e => e.GetProperty("month").GetInt32()).Order());
        var report = await park.VerifyAsync();
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(960, report.GetProperty("readings").GetProperty("readingsChecked").GetInt64());
    }

    [Fact]
    public async Task A_returned_readings_file_never_counts_and_the_corrected_file_can_be_submitted_again()
    {
        var (park, meter) = await ParkWithMeterAsync(service);
        var first = (await Api.OkJsonAsync(await park.PostReadingsAsync(Readings(meter, days: 3), 2024, dryRun: false), HttpStatusCode.Accepted))
            .GetProperty("batchId").GetGuid();

        var twice = await park.PostReadingsAsync(Readings(meter, days: 3), 2024, dryRun: false);
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, first, "return", "第 2 天读数缺失"));
        var again = await park.PostReadingsAsync(Readings(meter, days: 3), 2024, dryRun: false);

        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode); // the same readings, still waiting, are duplicates
        Assert.Equal("submitted", (await Api.OkJsonAsync(again, HttpStatusCode.Accepted)).GetProperty("status").GetString());
        Assert.Empty(await park.RecordedLineIdsAsync(park.Admin, 2024));
        Assert.Equal(72, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.SourceId == meter)));
        Assert.Equal(0, await service.WithDbAsync(db => db.MeterReadings.CountAsync(r => r.BatchId == first)));
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }
}
