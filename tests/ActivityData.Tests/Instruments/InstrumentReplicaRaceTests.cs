using System.Net;
using CarbonPlatform.ActivityData.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CarbonPlatform.ActivityData.Tests.Instruments.Register;

namespace CarbonPlatform.ActivityData.Tests.Instruments;

/// <summary>
/// Two replicas on one PostgreSQL database, read committed as deployed: SQLite admits one writer at a time and would hide a
/// missing concurrency token, PostgreSQL does not.
/// </summary>
[Collection(nameof(ServiceCollection))]
public sealed class InstrumentReplicaRaceTests(ActivityDataService service)
{
    private static Dictionary<string, string?> Postgres(string database) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:activity-data"] = $"{Environment.GetEnvironmentVariable("CARBON_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CARBON_TEST_POSTGRES is not set: run the suite with ./carbon test, which starts PostgreSQL.")};Database={database}",
    };

    [Fact]
    public async Task Two_allocations_racing_past_the_held_quantity_on_two_replicas_exactly_one_wins()
    {
        var settings = Postgres($"instruments_{Guid.NewGuid():N}");
        using var first = ActivityDataService.ReplicaOf(service, settings);
        using var second = ActivityDataService.ReplicaOf(service, settings);
        var park = new TestPark(first);
        var admins = new[] { first.As(Callers.Operator(park.OperatorId)), second.As(Callers.Operator(park.OperatorId)) };

        for (var round = 0; round < 8; round++)
        {
            var id = (await Api.OkJsonAsync(await PostAsync(admins[round % 2], park.Id, Certificates(FreshPrefix(), 1, 100)), HttpStatusCode.Created))
                .GetProperty("id").GetString()!;
            using var start = new ManualResetEventSlim();
            var racing = admins.Select(admin => Task.Run(async () => { start.Wait(); return await AllocateAsync(admin, park.Id, id, 2024, 60); })).ToList();
            start.Set();
            var answers = (await Task.WhenAll(racing)).Select(r => r.StatusCode).ToList();

            Assert.Equal(1, answers.Count(s => s == HttpStatusCode.Created));
            Assert.Equal(1, answers.Count(s => s == HttpStatusCode.Conflict));
            var allocated = await first.WithDbAsync(db => db.Allocations.Where(a => a.InstrumentId == Guid.Parse(id)).SumAsync(a => a.Quantity));
            Assert.Equal(60, allocated);
        }
    }

    [Fact]
    public async Task Overlapping_registrations_racing_on_two_replicas_register_the_serials_once()
    {
        var settings = Postgres($"instruments_{Guid.NewGuid():N}");
        using var first = ActivityDataService.ReplicaOf(service, settings);
        using var second = ActivityDataService.ReplicaOf(service, settings);
        var (a, b) = (new TestPark(first), new TestPark(first));
        var admins = new[] { (Client: first.As(Callers.Operator(a.OperatorId)), Park: a.Id), (Client: second.As(Callers.Operator(b.OperatorId)), Park: b.Id) };

        for (var round = 0; round < 8; round++)
        {
            var prefix = FreshPrefix();
            using var start = new ManualResetEventSlim();
            var racing = admins.Select((x, i) => Task.Run(async () =>
            {
                start.Wait();
                return await PostAsync(x.Client, x.Park, Certificates(prefix, 1 + 10 * i, 100 + 10 * i));
            })).ToList();
            start.Set();
            var answers = (await Task.WhenAll(racing)).Select(r => r.StatusCode).ToList();

            Assert.Equal(1, answers.Count(s => s == HttpStatusCode.Created));
            Assert.Equal(1, answers.Count(s => s == HttpStatusCode.Conflict));
            Assert.Equal(1, await first.WithDbAsync(db => db.Instruments.CountAsync(i => i.Prefix == prefix)));
        }
    }
}
