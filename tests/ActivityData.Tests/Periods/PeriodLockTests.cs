using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Periods;

[Collection(nameof(ServiceCollection))]
public sealed class PeriodLockTests(ActivityDataService service)
{
    private static Task<HttpResponseMessage> Post(HttpClient caller, TestPark park, int year, string action) =>
        caller.PostAsync($"/api/v1/parks/{park.Id}/periods/{year}/{action}", null);

    private static async Task LockAsync(TestPark park, int year)
    {
        await Api.OkJsonAsync(await Post(park.DataEntry, park, year, "submission"));
        await Api.OkJsonAsync(await Post(park.Admin, park, year, "lock"));
    }

    [Fact]
    public async Task A_period_goes_open_then_submitted_then_locked_and_records_who_did_it()
    {
        var park = new TestPark(service);
        Assert.Equal("open", (await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/periods/2024"))).GetProperty("status").GetString());

        var submitted = await Api.OkJsonAsync(await Post(park.DataEntry, park, 2024, "submission"));
        var locked = await Api.OkJsonAsync(await Post(park.Admin, park, 2024, "lock"));

        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.Equal($"operator-data-entry-{park.OperatorId:N}", submitted.GetProperty("submittedBy").GetString());
        Assert.Equal("locked", locked.GetProperty("status").GetString());
        Assert.Equal($"operator-admin-{park.OperatorId:N}", locked.GetProperty("lockedBy").GetString());
    }

    [Fact]
    public async Task Only_the_operator_admin_or_platform_admin_locks_and_only_a_submitted_period()
    {
        var park = new TestPark(service);
        Assert.Equal(["period-not-submitted"], await Api.ProblemCodesAsync(await Post(park.Admin, park, 2024, "lock"), HttpStatusCode.Conflict));
        await Post(park.DataEntry, park, 2024, "submission");

        Assert.Equal(HttpStatusCode.Forbidden, (await Post(park.DataEntry, park, 2024, "lock")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(park.Viewer, park, 2024, "submission")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(new TestPark(service).Admin, park, 2024, "lock")).StatusCode);
        var byPlatform = await Api.OkJsonAsync(await Post(service.As(Callers.PlatformAdmin()), park, 2024, "lock"));
        Assert.Equal("platform-admin", byPlatform.GetProperty("lockedBy").GetString());
    }

    [Fact]
    public async Task A_batch_into_a_locked_year_is_409_period_locked_and_changes_nothing()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2023, TestPark.Electricity("e-1", 100));
        await LockAsync(park, 2023);

        var codes = await Api.ProblemCodesAsync(await park.RecordAsync(2023, TestPark.Electricity("e-2", 5)), HttpStatusCode.Conflict);

        Assert.Equal(["period-locked"], codes);
        Assert.Equal(1, (await park.LedgerAsync(2023)).GetProperty("items").GetArrayLength());
        var lines = await Api.OkJsonAsync(await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year=2023"));
        Assert.Equal(1, lines.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Accepted, (await park.RecordAsync(2024, TestPark.Electricity("e-2", 5))).StatusCode);
    }

    [Fact]
    public async Task A_correction_into_a_locked_year_is_409_period_locked_and_changes_nothing()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2023, TestPark.Electricity("e-1", 100));
        await LockAsync(park, 2023);

        var codes = await Api.ProblemCodesAsync(await park.CorrectAsync("e-1", 2023, "late", TestPark.Electricity("e-1", 1)), HttpStatusCode.Conflict);

        Assert.Equal(["period-locked"], codes);
        var ledger = await park.LedgerAsync(2023);
        Assert.Equal(1, ledger.GetProperty("items").GetArrayLength());
        var lines = await Api.OkJsonAsync(await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/activity-records?year=2023"));
        Assert.Equal(100, lines.GetProperty("items")[0].GetProperty("quantity").GetDouble());
    }
}
