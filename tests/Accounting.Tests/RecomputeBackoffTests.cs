using CarbonPlatform.Accounting.Recompute;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>A park-year that cannot be computed waits longer after each failure; one whose park is gone is dropped.</summary>
public sealed class RecomputeBackoffTests
{
    [Fact]
    public void The_wait_doubles_from_10_seconds_to_at_most_an_hour()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), RecomputeBackoff.After(1));
        Assert.Equal(TimeSpan.FromSeconds(20), RecomputeBackoff.After(2));
        Assert.Equal(TimeSpan.FromSeconds(640), RecomputeBackoff.After(7));
        Assert.Equal(TimeSpan.FromHours(1), RecomputeBackoff.After(10));
        Assert.Equal(TimeSpan.FromHours(1), RecomputeBackoff.After(500));
    }

    [Fact]
    public async Task A_failing_park_year_keeps_its_demand_with_the_failure_and_waits_before_the_next_run()
    {
        await using var replicas = new AccountingReplicas { DuringRun = (_, _) => throw new InvalidOperationException("No grid factor for 2024.") };
        var replica = replicas.AddReplica();
        var park = Guid.NewGuid();
        await replicas.WithDbAsync(replica, async db =>
        {
            await Demands.RequestAsync(db, park, 2024, "batch", CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        var recomputer = AccountingReplicas.Recomputer(replica);
        await recomputer.StartAsync(CancellationToken.None);
        await AccountingReplicas.UntilAsync(() => replicas.WithDbAsync(replica, db => db.Demands.AnyAsync(d => d.Attempts == 1)), "the first failure is recorded");
        await Task.Delay(2500); // longer than the poll: a run every poll would have failed again
        await recomputer.StopAsync(CancellationToken.None);

        var demand = await replicas.WithDbAsync(replica, db => db.Demands.AsNoTracking().SingleAsync());
        Assert.Single(replicas.Runs);
        Assert.Equal(1, demand.Attempts);
        Assert.Equal("No grid factor for 2024.", demand.LastError);
        Assert.InRange(demand.RequestedAt - DateTime.UtcNow, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.Null(demand.LeaseOwner);
    }

    [Fact]
    public async Task The_demand_of_a_park_no_longer_in_the_registry_is_dropped()
    {
        await using var replicas = new AccountingReplicas { DuringRun = (park, _) => throw new ParkNotRegisteredException(park) };
        var replica = replicas.AddReplica();
        await replicas.WithDbAsync(replica, async db =>
        {
            await Demands.RequestAsync(db, Guid.NewGuid(), 2024, "batch", CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        var recomputer = AccountingReplicas.Recomputer(replica);
        await recomputer.StartAsync(CancellationToken.None);
        await AccountingReplicas.UntilAsync(() => replicas.WithDbAsync(replica, db => db.Demands.AnyAsync().ContinueWith(t => !t.Result)), "the demand is dropped");
        await recomputer.StopAsync(CancellationToken.None);

        Assert.Single(replicas.Runs);
    }
}
