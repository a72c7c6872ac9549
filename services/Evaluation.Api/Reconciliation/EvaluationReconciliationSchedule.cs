namespace CarbonPlatform.Evaluation.Reconciliation;

/// <summary>Reconciles every evaluated park-year on a schedule (<c>Reconciliation:Interval</c>, default an hour); on every replica, the marking is idempotent.</summary>
public sealed class EvaluationReconciliationSchedule(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<EvaluationReconciliationSchedule> log)
    : ScheduledWork(scopes, configuration, log, "Reconciliation:Interval", TimeSpan.FromHours(1))
{
    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<EvaluationReconciler>().RunAsync(null, ct);
}
