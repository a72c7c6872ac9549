using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Certification.Tests;

/// <summary>Requests racing each other as they would across replicas: the database decides, and the loser hears 409.</summary>
public sealed class ConcurrentDecisionTests_on_SQLite(RaceHost host) : ConcurrentDecisionTests(host), IClassFixture<RaceHost>;

public sealed class ConcurrentDecisionTests_on_PostgreSQL(PostgresRaceHost host) : ConcurrentDecisionTests(host), IClassFixture<PostgresRaceHost>;

public abstract class ConcurrentDecisionTests(RaceHost host)
{
    /// <summary>Sends every request at the same moment, each from its own client (made first: the host starts once).</summary>
    private static async Task<HttpResponseMessage[]> AllAtOnceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> requests)
    {
        using var start = new ManualResetEventSlim();
        var tasks = requests.Select(r => Task.Run(async () => { start.Wait(); return await r(); })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Of_concurrent_approvals_and_rejections_exactly_one_wins_and_the_others_get_409()
    {
        var body = Guid.NewGuid();
        var application = await host.UnderReviewAsync(body);
        var decisions = new[] { "approve", "reject", "approve", "reject", "approve", "reject" };

        var clients = decisions.Select(_ => host.As(CertificationCallers.Body(body))).ToList();
        var responses = await AllAtOnceAsync(decisions.Select((d, i) => (Func<Task<HttpResponseMessage>>)(() =>
            clients[i].PostAsJsonAsync($"/api/v1/certification-applications/{application.Id}/decisions",
                new { decision = d, comment = $"{d} after review" }))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(decisions.Length - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var won = await responses.Single(r => r.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonElement>();
        var stored = await host.WithDbAsync(db => db.Applications.Include(a => a.Decisions).SingleAsync(a => a.Id == application.Id));
        var certificates = await host.WithDbAsync(db => db.Certificates.CountAsync(c => c.ApplicationId == application.Id));
        Assert.Single(stored.Decisions);
        Assert.Equal(won.GetProperty("status").GetString() == "approved" ? ApplicationStatus.Approved : ApplicationStatus.Rejected, stored.Status);
        Assert.Equal(stored.Status == ApplicationStatus.Approved ? 1 : 0, certificates);
    }

    [Fact]
    public async Task Approvals_of_different_applications_at_once_draw_distinct_certificate_numbers()
    {
        var body = Guid.NewGuid();
        var applications = new List<CertificationApplication>();
        for (var i = 0; i < 6; i++) applications.Add(await host.UnderReviewAsync(body));

        var clients = applications.Select(_ => host.As(CertificationCallers.Body(body))).ToList();
        var responses = await AllAtOnceAsync(applications.Select((a, i) => (Func<Task<HttpResponseMessage>>)(() =>
            clients[i].PostAsJsonAsync($"/api/v1/certification-applications/{a.Id}/decisions",
                new { decision = "approve", comment = "checked" }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("certificateNumber").GetString()!);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        var ids = applications.Select(a => a.Id).ToList();
        Assert.Equal(numbers.Order(), await host.WithDbAsync(db => db.Certificates.Where(c => ids.Contains(c.ApplicationId)).Select(c => c.Number).OrderBy(n => n).ToListAsync()));
    }

    [Fact]
    public async Task Of_concurrent_submissions_for_one_park_year_one_is_created_and_the_others_get_409()
    {
        var operatorId = Guid.NewGuid();
        var park = RaceHost.AddPark(operatorId);
        var evaluation = Guid.NewGuid();
        RaceHost.EvaluationsStored[evaluation] = (park.ParkId, 2024);

        var clients = Enumerable.Range(0, 6).Select(_ => host.As(CertificationCallers.Operator(operatorId))).ToList();
        var responses = await AllAtOnceAsync(clients.Select(c => (Func<Task<HttpResponseMessage>>)(() =>
            c.PostAsJsonAsync("/api/v1/certification-applications",
                new { parkId = park.ParkId, evaluationId = evaluation, certificationBodyId = Guid.NewGuid() }))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict), r => Assert.Contains("application-open", r.Content.ReadAsStringAsync().Result));
        Assert.Equal(1, await host.WithDbAsync(db => db.Applications.CountAsync(a => a.ParkId == park.ParkId)));
    }
}
