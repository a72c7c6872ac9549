using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Recompute;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Tests;

public sealed class RecomputeReplicaTests
{
    [Fact]
    public async Task Two_recomputers_never_run_the_same_demand()
    {
        await using var replicas = new AccountingReplicas();
        var (a, b) = (replicas.AddReplica(), replicas.AddReplica());
        var parks = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        await replicas.WithDbAsync(a, async db =>
        {
            foreach (var park in parks) await Demands.RequestAsync(db, park, 2024, "batch", CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        var first = AccountingReplicas.Recomputer(a);
        var second = AccountingReplicas.Recomputer(b);
        await Task.WhenAll(first.StartAsync(CancellationToken.None), second.StartAsync(CancellationToken.None));
        await AccountingReplicas.UntilAsync(() => replicas.WithDbAsync(a, db => db.Demands.AnyAsync().ContinueWith(t => !t.Result)), "every demand is done");
        await Task.WhenAll(first.StopAsync(CancellationToken.None), second.StopAsync(CancellationToken.None));

        Assert.Equal(parks.Order(), replicas.Runs.Select(r => r.ParkId).Order());
    }

    [Fact]
    public async Task A_demand_renewed_during_its_run_is_run_again()
    {
        await using var replicas = new AccountingReplicas();
        var a = replicas.AddReplica();
        var b = replicas.AddReplica();
        var park = Guid.NewGuid();
        await replicas.WithDbAsync(a, async db =>
        {
            await Demands.RequestAsync(db, park, 2024, "batch 1", CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        var renewed = 0;
        replicas.DuringRun = async (p, year) =>
        {
            if (Interlocked.Exchange(ref renewed, 1) == 1) return;
            await Task.Delay(20); // RequestedAt must move on
            await replicas.WithDbAsync(b, async db => // a batch arrives at the other replica mid-run
            {
                await Demands.RequestAsync(db, p, year, "batch 2", CancellationToken.None);
                return await db.SaveChangesAsync();
            });
        };

        var recomputer = AccountingReplicas.Recomputer(a);
        await recomputer.StartAsync(CancellationToken.None);
        await AccountingReplicas.UntilAsync(async () => replicas.Runs.Count >= 2 && !await replicas.WithDbAsync(a, db => db.Demands.AnyAsync()), "the renewed demand is run again");
        await recomputer.StopAsync(CancellationToken.None);

        Assert.Equal(2, replicas.Runs.Count);
    }
}
