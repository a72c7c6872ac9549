using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Ledger;

/// <summary>The channel comes from who wrote the data, never from what the body claims (P2/P3 count only what authentication says).</summary>
[Collection(nameof(ServiceCollection))]
public sealed class MeterChannelTests(ActivityDataService service)
{
    private static async Task<List<string?>> ChannelsAsync(TestPark park, int year) =>
        (await park.LedgerAsync(year)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("channel").GetString()).ToList();

    [Theory]
    [InlineData("meter")]
    [InlineData("manual")]
    [InlineData("import")]
    [InlineData("meters")]
    public async Task A_batch_claiming_a_channel_other_than_its_writers_is_refused_and_nothing_is_recorded(string channel)
    {
        var park = new TestPark(service);

        var batch = await park.DataEntry.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, channel, lines = new[] { TestPark.Electricity("m-1", 10, 1) } });

        Assert.Equal(["invalid-channel"], await Api.ProblemCodesAsync(batch, HttpStatusCode.BadRequest));
        Assert.Empty(await ChannelsAsync(park, 2024));
    }

    [Fact]
    public async Task An_api_client_writes_api_and_a_person_signed_in_through_the_portal_writes_manual()
    {
        var park = new TestPark(service);
        var person = service.As(Callers.Operator(park.OperatorId, "operator-data-entry") with { Subject = Guid.NewGuid().ToString(), ClientId = "portal" });

        var client = await park.DataEntry.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, channel = "api", lines = new[] { TestPark.Electricity("a-1", 10, 1) } });
        var manual = await person.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
            new { year = 2024, lines = new[] { TestPark.Electricity("p-1", 10, 1) } });

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (client.StatusCode, manual.StatusCode));
        Assert.Equal(["api", "manual"], await ChannelsAsync(park, 2024));
    }

    [Fact]
    public async Task A_correction_cannot_call_itself_a_meter_feed()
    {
        var park = new TestPark(service);
        await park.RecordAsync(2024, TestPark.Electricity("m-1", 10, 1));

        var corrected = await park.DataEntry.PostAsJsonAsync($"/api/v1/parks/{park.Id}/ledger/corrections",
            new { lineId = "m-1", year = 2024, reason = "meter re-read", channel = "meter", line = TestPark.Electricity("m-1", 11, 1) });

        Assert.Equal(["invalid-channel"], await Api.ProblemCodesAsync(corrected, HttpStatusCode.BadRequest));
        Assert.Equal(["api"], await ChannelsAsync(park, 2024));
    }
}
