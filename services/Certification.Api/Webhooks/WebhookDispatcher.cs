using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// Relays due webhook deliveries, a small batch at a time and a few in parallel. Each attempt is claimed first
/// (<see cref="DeliveryLease"/>), so several replicas never send the same attempt; a dispatcher that dies mid-attempt
/// leaves the lease to run out, and the attempt is made again (at least once: receivers de-duplicate on the delivery id).
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock,
    ILogger<WebhookDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = 0;
            try
            {
                due = await DispatchDueAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                log.LogWarning(e, "Webhook dispatch failed; it retries at the next poll");
            }
            if (due == settings.BatchSize) continue;
            try { await Task.Delay(settings.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task<int> DispatchDueAsync(WebhookOptions settings, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<CertificationDb>().WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).Take(settings.BatchSize).Select(d => d.Id)
                .ToListAsync(cancellationToken);
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (id, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<WebhookDeliverer>().AttemptAsync(id, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Webhook delivery {Id}: the attempt could not be made or recorded", id);
            }
        });
        return due.Count;
    }
}
