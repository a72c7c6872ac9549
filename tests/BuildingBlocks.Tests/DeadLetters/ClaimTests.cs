using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.DeadLetters;

/// <summary>Replicas claim due dead letters with a conditional UPDATE: a row is taken by one pass only.</summary>
public sealed class ClaimTests
{
    [Fact]
    public async Task Two_workers_do_not_redeliver_the_same_row_twice()
    {
        await using var service = await ParkService.CreateAsync();
        var now = DateTime.UtcNow;
        await service.QueryAsync(db =>
        {
            db.Set<DeadLetter>().AddRange(Enumerable.Range(0, 120).Select(i => Due(now.AddMilliseconds(-i))));
            return db.SaveChangesAsync();
        });

        // Two replicas, each pass with a context of its own, until nothing is due.
        var claims = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var taken = new List<Guid>();
            while (true)
            {
                await using var db = service.OpenDb();
                var batch = await DeadLetterClaims.ClaimAsync(db, Guid.NewGuid(), DateTime.UtcNow, CancellationToken.None);
                if (batch.Count == 0) return taken;
                taken.AddRange(batch.Select(d => d.Id));
            }
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
        var states = await service.QueryAsync(db => db.Set<DeadLetter>().Select(d => d.Status).Distinct().ToListAsync());
        Assert.Equal([DeadLetterStatus.Redelivering], states);
    }

    [Fact]
    public async Task A_row_not_yet_due_or_dead_is_not_claimed()
    {
        await using var service = await ParkService.CreateAsync();
        var now = DateTime.UtcNow;
        var later = Due(now.AddMinutes(5));
        var dead = Due(now.AddMinutes(-5));
        dead.Status = DeadLetterStatus.Dead;
        await service.QueryAsync(db => { db.Set<DeadLetter>().AddRange(later, dead); return db.SaveChangesAsync(); });

        await using var context = service.OpenDb();
        Assert.Empty(await DeadLetterClaims.ClaimAsync(context, Guid.NewGuid(), now, CancellationToken.None));
    }

    private static DeadLetter Due(DateTime at) => new()
    {
        Id = Guid.NewGuid(), MessageId = Guid.NewGuid(), MessageType = "Reading, Tests", Body = "{}", Headers = "{}",
        Endpoint = "loopback://localhost/parks", Error = "TimeoutException", Attempts = 1, Status = DeadLetterStatus.Waiting,
        FirstFailedAt = at, LastFailedAt = at, NextAttemptAt = at,
    };
}
