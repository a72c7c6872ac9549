using System.Net;
using System.Net.Http.Json;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Tests.Records;

/// <summary>Writers racing each other and the period lock, as they do across replicas.</summary>
[Collection(nameof(ServiceCollection))]
public sealed class ConcurrentWriteTests(ActivityDataService service)
{
    [Fact]
    public async Task Twenty_concurrent_writers_to_one_park_get_no_5xx_and_every_accepted_batch_is_in_the_ledger_once()
    {
        var park = new TestPark(service);
        var writers = Enumerable.Range(0, 20).Select(_ => park.Admin).ToList();

        using var start = new ManualResetEventSlim();
        var sent = writers.Select((client, w) => Task.Run(async () =>
        {
            start.Wait();
            var answers = new List<(HttpStatusCode Status, Guid? Batch)>();
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.PostAsJsonAsync($"/api/v1/parks/{park.Id}/activity-records",
                    new { year = 2024, lines = new[] { TestPark.Electricity($"w{w}-{i}-a", 10), TestPark.Electricity($"w{w}-{i}-b", 20) } });
                var batch = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<BatchAnswer>())!.BatchId : (Guid?)null;
                answers.Add((response.StatusCode, batch));
            }
            return answers;
        })).ToList();
        start.Set();
        var answers = (await Task.WhenAll(sent)).SelectMany(a => a).ToList();

        Assert.DoesNotContain(answers, a => (int)a.Status >= 500 && a.Status != HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain(answers, a => a.Status == HttpStatusCode.InternalServerError);
        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).Select(a => a.Batch!.Value).ToList();
        Assert.Equal(100, accepted.Count); // on SQLite the write lock orders them: none even needs a 503
        var ledger = await service.WithDbAsync(db => db.Ledger.Where(e => e.ParkId == park.Id).Select(e => e.BatchId).ToListAsync());
        Assert.Equal(accepted.SelectMany(b => new[] { b, b }).Order(), ledger.Order());
        var report = await park.VerifyAsync();
        Assert.True(report.GetProperty("intact").GetBoolean(), report.ToString());
        Assert.Equal(200, report.GetProperty("entriesChecked").GetInt64());
    }

    [Fact]
    public async Task A_batch_that_passed_the_lock_check_before_the_year_was_locked_is_refused_and_records_nothing()
    {
        var park = new TestPark(service);
        await Api.OkJsonAsync(await park.DataEntry.PostAsync($"/api/v1/parks/{park.Id}/periods/2024/submission", null));
        var admin = park.Admin;
        // Between the batch's first look at the period and its write, the operator locks the year.
        service.Hook.Once(c => c.CommandText.Contains("FROM \"Records\"") && c.Parameters.Cast<System.Data.Common.DbParameter>()
                .Any(p => Equals(p.Value, park.Id) || Equals(p.Value?.ToString()?.ToUpperInvariant(), park.Id.ToString().ToUpperInvariant())),
            async () => await Api.OkJsonAsync(await admin.PostAsync($"/api/v1/parks/{park.Id}/periods/2024/lock", null)));

        var codes = await Api.ProblemCodesAsync(await park.RecordAsync(2024, TestPark.Electricity("late", 5)), HttpStatusCode.Conflict);

        Assert.Equal(["period-locked"], codes);
        Assert.Equal(0, await service.WithDbAsync(db => db.Records.CountAsync(r => r.ParkId == park.Id)));
        Assert.Equal(0, await service.WithDbAsync(db => db.Ledger.CountAsync(e => e.ParkId == park.Id)));
        var period = await Api.OkJsonAsync(await park.Viewer.GetAsync($"/api/v1/parks/{park.Id}/periods/2024"));
        Assert.Equal("locked", period.GetProperty("status").GetString());
    }

    private sealed record BatchAnswer(Guid BatchId);
}
