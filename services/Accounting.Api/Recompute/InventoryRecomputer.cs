using CarbonPlatform.Accounting.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>
/// Works through recompute demands. A demand is removed only if nobody renewed it while it was being computed, so
/// data that arrives mid-run is folded in by the next run and never lost.
/// </summary>
public sealed class InventoryRecomputer(IServiceScopeFactory scopes, RecomputeSignal signal, RecomputeMetrics metrics, ILogger<InventoryRecomputer> log)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

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
                .Where(d => d.RequestedAt <= now).OrderBy(d => d.RequestedAt).Take(20).ToListAsync(ct);
        }
        foreach (var demand in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AccountingDb>();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await scope.ServiceProvider.GetRequiredService<InventoryComputer>().ComputeAsync(demand.ParkId, demand.Year, ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                var removed = await db.Demands.Where(d => d.ParkId == demand.ParkId && d.Year == demand.Year && d.RequestedAt == demand.RequestedAt)
                    .ExecuteDeleteAsync(ct);
                // Renewed during the run: what is still owed is the renewal, so it waits from then.
                if (removed == 0)
                    await db.Demands.Where(d => d.ParkId == demand.ParkId && d.Year == demand.Year)
                        .ExecuteUpdateAsync(s => s.SetProperty(d => d.FirstRequestedAt, d => d.RequestedAt), ct);
                await transaction.CommitAsync(ct);
                metrics.Computed(System.Diagnostics.Stopwatch.GetElapsedTime(started), succeeded: true);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                metrics.Computed(System.Diagnostics.Stopwatch.GetElapsedTime(started), succeeded: false);
                log.LogWarning(e, "Inventory of park {ParkId} {Year} not computed; retrying in {Delay}", demand.ParkId, demand.Year, RetryAfter);
                await db.Demands.Where(d => d.ParkId == demand.ParkId && d.Year == demand.Year && d.RequestedAt == demand.RequestedAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.RequestedAt, DateTime.UtcNow + RetryAfter), CancellationToken.None);
            }
        }
    }
}
