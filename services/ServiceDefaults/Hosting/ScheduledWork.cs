using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.Hosting;

/// <summary>
/// Work run on a schedule in a scope of its own (<paramref name="intervalKey"/>, default <paramref name="fallback"/>).
/// Every replica runs it, so the work must be safe to run twice at once. The first run comes one interval after start,
/// so a rolling restart is no storm; a failed run is logged and tried again at the next tick.
/// </summary>
public abstract class ScheduledWork(IServiceScopeFactory scopes, IConfiguration configuration, ILogger log, string intervalKey, TimeSpan fallback)
    : BackgroundService
{
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(intervalKey, fallback);
        using var timer = new PeriodicTimer(interval);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "{Work} failed; tried again in {Interval}", GetType().Name, interval);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
