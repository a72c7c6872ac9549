namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// Closes the streamed meters' months by itself (<see cref="CloseDueMonths"/>) every <c>Devices:MonthClosingEvery</c>
/// (default an hour; zero turns it off), once a month is over by <c>Devices:MonthClosingDelay</c> (default two days, so
/// that late readings arrive). Every replica runs it; the month's once-only key keeps what they record single.
/// </summary>
public sealed class MonthClosing(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<MonthClosing> log)
    : BackgroundService
{
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromDays(2);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var every = configuration.GetValue("Devices:MonthClosingEvery", TimeSpan.FromHours(1));
        var delay = configuration.GetValue("Devices:MonthClosingDelay", DefaultDelay);
        if (every <= TimeSpan.Zero) return;
        // The first look waits too (with some jitter): replicas started together do not all close at once.
        while (await Wait(every + TimeSpan.FromSeconds(Random.Shared.Next(0, 60)), ct))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                var closed = await CloseDueMonths.RunAsync(services.GetRequiredService<ActivityDb>(), services.GetRequiredService<IParkDirectory>(),
                    services.GetRequiredService<IFactorReleaseProvider>(), clock, delay, ct);
                foreach (var c in closed.Where(c => c.Outcome.Status is not "already-recorded"))
                    log.Log(c.Outcome.Status == "refused" ? LogLevel.Warning : LogLevel.Information,
                        "Month closing: device {DeviceId} of park {ParkId}, {Year}-{Month:00}: {Status} {Problem}",
                        c.Outcome.DeviceId, c.ParkId, c.Year, c.Month, c.Outcome.Status, c.Outcome.Problem);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Month closing failed this time; it looks again in {Every}", every);
            }
        }
    }

    private async Task<bool> Wait(TimeSpan span, CancellationToken ct)
    {
        try { await Task.Delay(span, clock, ct); return true; }
        catch (OperationCanceledException) { return false; }
    }
}
