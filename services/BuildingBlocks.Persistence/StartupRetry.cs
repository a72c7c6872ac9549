using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// A replica that starts while its database restarts tries its start-up work (migrating, seeding) again instead of
/// exiting: the step is idempotent, the error transient. Anything else, or a database still away after
/// <c>Database:StartupRetryLimit</c> (default two minutes), fails the start as before.
/// </summary>
public static class StartupRetry
{
    public static Task StartupStepAsync(this WebApplication app, string step, Func<CancellationToken, Task> run) =>
        RunAsync(step, run, app.Configuration.GetValue("Database:StartupRetryLimit", TimeSpan.FromMinutes(2)),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupRetry).FullName!),
            TimeProvider.System, Task.Delay, app.Lifetime.ApplicationStopping);

    public static async Task RunAsync(string step, Func<CancellationToken, Task> run, TimeSpan limit, ILogger log,
        TimeProvider clock, Func<TimeSpan, CancellationToken, Task> sleep, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await run(ct);
                return;
            }
            catch (Exception e) when (TransientDatabaseErrors.IsTransient(e) && !ct.IsCancellationRequested
                                      && clock.GetElapsedTime(started) < limit)
            {
                var wait = Delay(attempt);
                log.LogWarning(e, "Start-up step {Step} met a transient database error (attempt {Attempt}); trying again in {Delay}",
                    step, attempt, wait);
                await sleep(wait, ct);
            }
        }
    }

    /// <summary>0.5 s, doubling, at most 8 s: a restart of a few seconds costs little, a long outage few attempts.</summary>
    public static TimeSpan Delay(int attempt) => TimeSpan.FromMilliseconds(Math.Min(8000, 500 * Math.Pow(2, attempt - 1)));
}
