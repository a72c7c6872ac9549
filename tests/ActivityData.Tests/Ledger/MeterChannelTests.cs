using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

[Collection(nameof(ServiceCollection))]
public sealed class MeterChannelTests(ActivityDataService service)
{
    private static async Task<List<string?>> ChannelsAsync(TestPark park, int year) =>
        (await park.LedgerAsync(year)).GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("channel").GetString()).ToList();

    [Fact]
    public async Task Data_entry_records_a_meter_feed_by_saying_so_in_the_body_and_the_default_stays_api()
    {
        var park = new TestPark(service);

        var meter = await park.DataEntry.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, channel = "meter", lines = new[] { TestPark.Electricity("m-1", 10, 1) } });
        var plain = await park.DataEntry.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, lines = new[] { TestPark.Electricity("a-1", 10, 1) } });

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (meter.StatusCode, plain.StatusCode));
        Assert.Equal(["meter", "api"], await ChannelsAsync(park, 2024));
    }

    [Fact]
    public async Task A_viewer_cannot_record_a_meter_feed()
    {
        var park = new TestPark(service);

        var response = await park.Viewer.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, channel = "meter", lines = new[] { TestPark.Electricity("m-1", 10, 1) } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await ChannelsAsync(park, 2024));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("meters")]
    public async Task A_channel_other_than_api_manual_or_meter_is_refused_rather_than_recorded_as_api(string channel)
    {
        var park = new TestPark(service);

        var batch = await park.Admin.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, channel, lines = new[] { TestPark.Electricity("m-1", 10, 1) } });

        Assert.Equal(["invalid-channel"], await Api.ProblemCodesAsync(batch, HttpStatusCode.BadRequest));
        Assert.Empty(await ChannelsAsync(park, 2024));
    }

    [Fact]
    public async Task A_correction_may_come_by_meter_feed_and_its_entry_says_so()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("m-1", 10, 1));

        var corrected = await park.DataEntry.PostAsJsonAsync($"/api/v1/parks/{park.Id}/ledger/corrections",
            new { lineId = "m-1", year = 2024, reason = "meter re-read", channel = "meter", line = TestPark.Electricity("m-1", 11, 1) });

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(["api", "meter"], await ChannelsAsync(park, 2024));
    }
}
