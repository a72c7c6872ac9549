using System.Net;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Periods;

/// <summary>A period moves only from the state the caller read when it sends that state's ETag as If-Match.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class PeriodEntityTagTests(ActivityDataService service)
{
    [Fact]
    public async Task A_lock_sent_with_the_etag_of_the_open_period_is_412_once_it_was_submitted_and_the_period_stays_submitted()
    {
        var park = new TestPark(service);
        var open = await park.Admin.GetAsync($"/api/v1/parks/{park.Id}/periods/2024");
        var openTag = open.Headers.ETag!.Tag;

        var submitted = await MoveAsync(park.DataEntry, park, "submission", openTag);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var submittedTag = submitted.Headers.ETag!.Tag;
        Assert.NotEqual(openTag, submittedTag);

        Assert.Equal(["stale-version"], await Api.ProblemCodesAsync(await MoveAsync(park.Admin, park, "lock", openTag), HttpStatusCode.PreconditionFailed));
        var period = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/periods/2024"));
        Assert.Equal("submitted", period.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(park.Admin, park, "lock", submittedTag)).StatusCode);
    }

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient caller, TestPark park, string action, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/parks/{park.Id}/periods/2024/{action}");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await caller.SendAsync(request);
    }
}
