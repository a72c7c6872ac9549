using CarbonPlatform.Accounting.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>
/// Works through recompute demands, on every replica at once: a run claims a demand with a lease (a conditional
/// UPDATE only one replica wins), so no two replicas compute the same park-year. A demand is removed only if nobody
/// renewed it while it was being computed, so data that arrives mid-run is folded in by the next run and never lost.
/// </summary>
public sealed class InventoryRecomputer(IServiceScopeFactory scopes, RecomputeSignal signal, RecomputeMetrics metrics, ILogger<InventoryRecomputer> log)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    /// <summary>Longer than any computation; a replica that dies mid-run holds its demand this long at most.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { log.LogError(e, "Inventory recomputation failed; retried at the next poll"); }
            try { await signal.WaitAsync(Poll, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        List<RecomputeDemand> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = DateTime.UtcNow;
            due = await scope.ServiceProvider.GetRequiredService<AccountingDb>().Demands.AsNoTracking()
                .Where(d => d.RequestedAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now))
                .OrderBy(d => d.RequestedAt).Take(20).ToListAsync(ct);
        }
        foreach (var demand in due) await RunAsync(demand, ct);
    }

    private async Task RunAsync(RecomputeDemand seen, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountingDb>();
        var run = Guid.NewGuid();
        var now = DateTime.UtcNow;
        var mine = db.Demands.Where(d => d.ParkId == seen.ParkId && d.Year == seen.Year && d.LeaseOwner == run);
        if (await db.Demands.Where(d => d.ParkId == seen.ParkId && d.Year == seen.Year && d.RequestedAt <= now
                && (d.LeasedUntil == null || d.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, run).SetProperty(d => d.LeasedUntil, now + Lease), ct) == 0)
            return; // another replica has it
        var requestedAt = await mine.Select(d => d.RequestedAt).FirstAsync(ct);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IInventoryComputer>().ComputeAsync(seen.ParkId, seen.Year, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            // Renewed meanwhile (RequestedAt moved): the demand stays for the next run, owed from the renewal; only the lease is given back.
            if (await mine.Where(d => d.RequestedAt == requestedAt).ExecuteDeleteAsync(ct) == 0)
                await mine.ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null)
                    .SetProperty(d => d.FirstRequestedAt, d => d.RequestedAt).SetProperty(d => d.Attempts, 0).SetProperty(d => d.LastError, (string?)null), ct);
            await transaction.CommitAsync(ct);
            metrics.Computed(System.Diagnostics.Stopwatch.GetElapsedTime(started), succeeded: true);
        }
        catch (ParkNotRegisteredException e)
        {
            log.LogWarning("{Reason}: its recompute demand is dropped", e.Message);
            await mine.ExecuteDeleteAsync(CancellationToken.None);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            metrics.Computed(System.Diagnostics.Stopwatch.GetElapsedTime(started), succeeded: false);
            var failures = await mine.Select(d => d.Attempts).FirstOrDefaultAsync(CancellationToken.None) + 1;
            var delay = RecomputeBackoff.After(failures);
            log.LogWarning(e, "Inventory of park {ParkId} {Year} not computed ({Failures} failures); retrying in {Delay}", seen.ParkId, seen.Year, failures, delay);
            var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await mine.ExecuteUpdateAsync(s => s.SetProperty(d => d.Attempts, failures).SetProperty(d => d.LastError, error), CancellationToken.None);
            await mine.Where(d => d.RequestedAt == requestedAt).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.RequestedAt, DateTime.UtcNow + delay)
                .SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null), CancellationToken.None);
            await mine.ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null), CancellationToken.None);
        }
    }
}
