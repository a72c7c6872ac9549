namespace CarbonPlatform.Accounting.Reconciliation;

/// <summary>Reconciles every park on a schedule (<c>Reconciliation:Interval</c>, default an hour); on every replica, which only renews the same demands.</summary>
public sealed class ReconciliationSchedule(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReconciliationSchedule> log)
    : ScheduledWork(scopes, configuration, log, "Reconciliation:Interval", TimeSpan.FromHours(1))
{
    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<Reconciler>().RunAsync(null, ct);
}
