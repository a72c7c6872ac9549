using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;

namespace CarbonPlatform.ActivityData.Tests.Boundary;

/// <summary>An enterprise's own people and clients: their own sources and lines of their park, never the park's totals.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class EnterpriseCallerTests(ActivityDataService service)
{
    [Fact]
    public async Task An_enterprise_writes_its_own_sources_lines_and_reads_only_those()
    {
        var park = new TestPark(service);
        var (own, other) = (await park.EnterpriseAsync("华电热电"), await park.EnterpriseAsync("恒力化纤"));
        var (ownMeter, otherMeter) = (await park.SourceAsync(own, "1# meter"), await park.SourceAsync(other, "2# meter"));
        await Api.OkJsonAsync(await park.RecordAsync(2024, Support.Boundary.Line("theirs", 30, sourceId: otherMeter)), HttpStatusCode.Accepted);
        var enterprise = park.EnterpriseUser(own);

        var written = await Post(enterprise, park, Support.Boundary.Line("mine", 10, sourceId: ownMeter));
        var foreign = await Post(enterprise, park, Support.Boundary.Line("not-mine", 10, sourceId: otherMeter));
        var unnamed = await Post(enterprise, park, Support.Boundary.Line("no-source", 10));
        var byViewer = await Post(park.EnterpriseUser(own, "enterprise-viewer"), park, Support.Boundary.Line("v", 10, sourceId: ownMeter));

        Assert.Equal("recorded", (await Api.OkJsonAsync(written, HttpStatusCode.Accepted)).GetProperty("status").GetString());
        Assert.Equal(["not-own-source"], await Api.ProblemCodesAsync(foreign, HttpStatusCode.Forbidden));
        Assert.Equal(["not-own-source"], await Api.ProblemCodesAsync(unnamed, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(["mine"], await park.RecordedLineIdsAsync(enterprise, 2024));
        Assert.Equal(["mine"], await park.RecordedLineIdsAsync(park.EnterpriseUser(own, "enterprise-viewer"), 2024));
        Assert.Equal(["theirs"], await park.RecordedLineIdsAsync(park.EnterpriseUser(other), 2024));
        Assert.Equal(["mine", "theirs"], (await park.RecordedLineIdsAsync(park.Viewer, 2024)).Order());
        var sources = await Api.OkJsonAsync(await enterprise.GetAsync($"/api/v1/parks/{park.Id}/emission-sources"));
        Assert.Equal([ownMeter], sources.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
    }

    [Theory]
    [InlineData("ledger?year=2024")]
    [InlineData("ledger/verification")]
    [InlineData("ledger/export.csv?year=2024")]
    [InlineData("enterprises")]
    [InlineData("settings")]
    [InlineData("periods/2024")]
    public async Task An_enterprise_cannot_read_the_parks_ledger_settings_or_register(string path)
    {
        var park = new TestPark(service);
        var enterprise = park.EnterpriseUser(await park.EnterpriseAsync("华电热电"));

        var response = await enterprise.GetAsync($"/api/v1/parks/{park.Id}/{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_enterprise_of_one_park_reaches_no_other_park()
    {
        var park = new TestPark(service);
        var elsewhere = new TestPark(service);
        var enterprise = park.EnterpriseUser(await park.EnterpriseAsync("华电热电"));

        var read = await enterprise.GetAsync($"/api/v1/parks/{elsewhere.Id}/activity-records?year=2024");
        var write = await Post(enterprise, elsewhere, Support.Boundary.Line("x", 1));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, write.StatusCode));
    }

    [Fact]
    public async Task With_approval_required_an_enterprises_batch_is_submitted_and_its_queue_shows_only_its_own()
    {
        var park = new TestPark(service);
        var (own, other) = (await park.EnterpriseAsync("华电热电"), await park.EnterpriseAsync("恒力化纤"));
        var (ownMeter, otherMeter) = (await park.SourceAsync(own, "1# meter"), await park.SourceAsync(other, "2# meter"));
        await park.RequireApprovalAsync();

        var mine = await park.SubmitAsync(park.EnterpriseUser(own), 2024, Support.Boundary.Line("mine", 10, sourceId: ownMeter));
        var theirs = await park.SubmitAsync(park.EnterpriseUser(other), 2024, Support.Boundary.Line("theirs", 10, sourceId: otherMeter));
        var selfApproval = await park.DecideAsync(park.EnterpriseUser(own), mine, "approve");

        var queue = await park.SubmissionsAsync(park.EnterpriseUser(own));
        Assert.Equal([mine], queue.EnumerateArray().Select(s => s.GetProperty("batchId").GetGuid()));
        var operatorQueue = (await park.SubmissionsAsync(park.Reviewer)).EnumerateArray().Select(s => s.GetProperty("batchId").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { mine, theirs }, operatorQueue);
        Assert.Equal(HttpStatusCode.NotFound, selfApproval.StatusCode);
        Assert.Empty(await park.RecordedLineIdsAsync(park.EnterpriseUser(own), 2024));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, TestPark park, params object[] lines) =>
        client.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records", new { year = 2024, lines });
}
