using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// Degraded while any dead letter waits or is dead, with the counts: seen in the readiness report without failing it
/// (a replica that can serve should keep serving; the messages are safe in the database).
/// </summary>
public sealed class DeadLetterHealthCheck(DeadLetterDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await database.RunAsync(db => DeadLetterCounts.ReadAsync(db, cancellationToken));
        var data = new Dictionary<string, object> { ["waiting"] = counts.Waiting, ["dead"] = counts.Dead };
        if (counts.Waiting == 0 && counts.Dead == 0) return HealthCheckResult.Healthy("No dead letters.", data);
        return HealthCheckResult.Degraded($"Dead letters: {counts.Waiting} waiting for redelivery, {counts.Dead} dead.", data: data);
    }
}
