using System.Net;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Devices;
using CarbonPlatform.ActivityData.Factors;
using CarbonPlatform.ActivityData.Tests.Support;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.ActivityData.Tests.Devices;

/// <summary>A streamed meter's month becomes its line by itself once the month is over in the park and the grace period has passed.</summary>
[Collection(nameof(Support.ServiceCollection))]
public sealed class MonthClosingTests(ActivityDataService service)
{
    private static readonly TimeSpan Grace = TimeSpan.FromDays(2);

    /// <summary>
    /// One closing run, as one replica's background service makes it, at a chosen park time: what it did with the meter's
    /// months, but for the month before the readings (its last reading, at 23:00, starts no interval of it: skipped).
    /// </summary>
    private async Task<List<ClosedMonth>> CloseAsync(DateTime parkTime, Meter meter)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var s = scope.ServiceProvider;
        var closed = await CloseDueMonths.RunAsync(s.GetRequiredService<ActivityDb>(), s.GetRequiredService<IParkDirectory>(),
            s.GetRequiredService<IFactorReleaseProvider>(), FixedClock.AtParkTime(parkTime), Grace, CancellationToken.None);
        return closed.Where(c => c.Outcome.DeviceId == meter.Id && c.Outcome.Status != "skipped").ToList();
    }

    private Task<List<ActivityRecord>> LinesAsync(TestPark park) =>
        service.WithDbAsync(db => db.Records.AsNoTracking().Where(r => r.ParkId == park.Id).ToListAsync());

    [Fact]
    public async Task A_past_month_is_recorded_once_the_grace_period_is_over_and_the_current_month_is_not()
    {
        var park = new TestPark(service);
        var meter = await Meter.RegisterAsync(service, park, "AUTO-1");
        // From 23:00 on 29 February to 12:00 on 3 April: all of March, and April so far.
        await Api.OkJsonAsync(await meter.PostAsync(Meter.Hourly(new DateTime(2024, 2, 29, 23, 0, 0), 24 * 33 + 14, h => 100 + h * 2)), HttpStatusCode.Accepted);

        var withinGrace = await CloseAsync(new DateTime(2024, 4, 2, 12, 0, 0), meter);
        var linesWithinGrace = await LinesAsync(park);
        var afterGrace = await CloseAsync(new DateTime(2024, 4, 3, 12, 0, 0), meter);

        Assert.Empty(withinGrace);
        Assert.Empty(linesWithinGrace);
        Assert.Equal([(2024, 3, "recorded")], afterGrace.Select(c => (c.Year, c.Month, c.Outcome.Status)));
        var line = Assert.Single(await LinesAsync(park));
        Assert.Equal(24 * 31 * 2 * 0.5, line.Quantity, 9); // March's 744 intervals, 2 register units × 0.5 each
        var entry = Assert.Single((await park.LedgerAsync(2024)).GetProperty("items").EnumerateArray());
        Assert.Equal(CloseDueMonths.Actor, entry.GetProperty("recordedBy").GetString());
        Assert.Equal("meter", entry.GetProperty("channel").GetString());
        Assert.True((await park.VerifyAsync()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Two_replicas_closing_at_once_and_a_later_run_record_the_month_once()
    {
        var park = new TestPark(service);
        var meter = await Meter.RegisterAsync(service, park, "AUTO-2");
        await Api.OkJsonAsync(await meter.PostAsync(Meter.Hourly(new DateTime(2024, 5, 31, 23, 0, 0), 24 * 30 + 1, h => 10 + h)), HttpStatusCode.Accepted);
        var july = new DateTime(2024, 7, 10);

        var both = await Task.WhenAll(CloseAsync(july, meter), CloseAsync(july, meter));
        var later = await CloseAsync(july.AddDays(1), meter);

        Assert.Equal(["recorded"], both.SelectMany(run => run).Select(c => c.Outcome.Status).Where(s => s != "already-recorded"));
        Assert.Empty(later);
        Assert.Single(await LinesAsync(park));
        Assert.Single(await service.WithDbAsync(db => db.DeviceMonths.AsNoTracking().Where(m => m.DeviceId == meter.Id).ToListAsync()));
    }

    [Fact]
    public async Task While_the_park_requires_approval_a_closed_month_is_submitted_by_the_closing_and_a_reviewer_approves_it()
    {
        var park = new TestPark(service);
        var meter = await Meter.RegisterAsync(service, park, "AUTO-3");
        await park.RequireApprovalAsync();
        await Api.OkJsonAsync(await meter.PostAsync(Meter.Hourly(new DateTime(2024, 8, 31, 23, 0, 0), 24 * 30 + 1, h => 10 + h)), HttpStatusCode.Accepted);

        var closed = Assert.Single(await CloseAsync(new DateTime(2024, 10, 5), meter));
        var pending = await park.SubmissionsAsync(park.Reviewer);
        await Api.OkJsonAsync(await park.DecideAsync(park.Reviewer, closed.Outcome.BatchId!.Value, "approve"));

        Assert.Equal("submitted", closed.Outcome.Status);
        Assert.Equal(CloseDueMonths.Actor, Assert.Single(pending.EnumerateArray()).GetProperty("submittedBy").GetString());
        Assert.Single(await LinesAsync(park));
    }
}
