using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests;

/// <summary>ETag / If-Match on an application: a change applies only to the version the client read.</summary>
public sealed class ApplicationEntityTagTests(RaceHost host) : IClassFixture<RaceHost>
{
    [Fact]
    public async Task A_decision_with_the_etag_read_applies_and_one_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var body = Guid.NewGuid();
        var application = await host.UnderReviewAsync(body);
        var reviewer = host.As(CertificationCallers.Body(body));
        var read = await reviewer.GetAsync($"/api/v1/certification-applications/{application.Id}");
        var etag = read.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        var requested = await DecideAsync(reviewer, application.Id, "request-information", etag.Tag);
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.NotEqual(etag.Tag, requested.Headers.ETag?.Tag);

        var stale = await DecideAsync(reviewer, application.Id, "approve", etag.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var error = Assert.Single((await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("If-Match", error.GetProperty("field").GetString());
        Assert.Equal("stale-version", error.GetProperty("code").GetString());
        var stored = await host.WithDbAsync(db => db.Applications.Include(a => a.Decisions).SingleAsync(a => a.Id == application.Id));
        Assert.Single(stored.Decisions);
        Assert.Equal(0, await host.WithDbAsync(db => db.Certificates.CountAsync(c => c.ApplicationId == application.Id)));
    }

    [Fact]
    public async Task Of_concurrent_decisions_sent_with_the_same_etag_one_applies_and_the_others_get_412()
    {
        var body = Guid.NewGuid();
        var application = await host.UnderReviewAsync(body);
        var clients = Enumerable.Range(0, 6).Select(_ => host.As(CertificationCallers.Body(body))).ToList();
        var etag = (await clients[0].GetAsync($"/api/v1/certification-applications/{application.Id}")).Headers.ETag!.Tag;

        using var start = new ManualResetEventSlim();
        var sent = clients.Select((c, i) => Task.Run(async () =>
        {
            start.Wait();
            return await DecideAsync(c, application.Id, i % 2 == 0 ? "approve" : "reject", etag);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(sent);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Single((await host.WithDbAsync(db => db.Applications.Include(a => a.Decisions).SingleAsync(a => a.Id == application.Id))).Decisions);
    }

    [Fact]
    public async Task A_malformed_if_match_is_400_naming_the_header()
    {
        var body = Guid.NewGuid();
        var application = await host.UnderReviewAsync(body);

        var response = await DecideAsync(host.As(CertificationCallers.Body(body)), application.Id, "approve", "not-quoted");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("If-Match", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid application, string decision, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/certification-applications/{application}/decisions")
        {
            Content = JsonContent.Create(new { decision, comment = $"{decision} after review" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}
