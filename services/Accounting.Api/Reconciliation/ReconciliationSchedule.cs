namespace CarbonPlatform.Accounting.Reconciliation;

/// <summary>
/// Reconciles every park on a schedule (<c>Reconciliation:Interval</c>, default an hour; every replica runs it, which
/// only renews the same demands). The first run comes one interval after start, so a rolling restart is no storm.
/// </summary>
public sealed class ReconciliationSchedule(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReconciliationSchedule> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Reconciliation:Interval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Reconciler>().RunAsync(null, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Reconciliation failed; tried again in {Interval}", interval);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
