using CarbonPlatform.ParkRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.AccessLog;

/// <summary>
/// Deletes access-log entries older than <c>AccessLog:RetentionYears</c> (default 3; at least 1, beyond the six months
/// the Cybersecurity Law asks logs to be kept), once a day (<c>AccessLog:RetentionInterval</c>). Safe on every replica at once.
/// </summary>
public sealed class AccessLogRetention(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AccessLogRetention> log)
    : ScheduledWork(scopes, configuration, log, "AccessLog:RetentionInterval", TimeSpan.FromDays(1))
{
    public int Years { get; } = configuration.GetValue("AccessLog:RetentionYears", 3) is var years and >= 1 ? years
        : throw new InvalidOperationException("AccessLog:RetentionYears is at least 1.");

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var purged = await PurgeAsync(services.GetRequiredService<RegistryDb>(), DateTime.UtcNow.AddYears(-Years), ct);
        if (purged > 0) log.LogInformation("Purged {Count} access-log entries older than {Years} years", purged, Years);
    }

    public static Task<int> PurgeAsync(RegistryDb db, DateTime before, CancellationToken ct) =>
        db.ParkAccesses.Where(a => a.ReadAt < before).ExecuteDeleteAsync(ct);
}
