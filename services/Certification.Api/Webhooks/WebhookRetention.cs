using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// Deletes finished deliveries (delivered or failed) older than <c>Webhooks:Retention</c> (default 30 days) with their
/// attempts, every <c>Webhooks:RetentionInterval</c> (default an hour); a pending delivery is never deleted. Safe on
/// every replica at once.
/// </summary>
public sealed class WebhookRetention(IServiceScopeFactory scopes, IConfiguration configuration, IOptions<WebhookOptions> options,
    ILogger<WebhookRetention> log)
    : ScheduledWork(scopes, configuration, log, "Webhooks:RetentionInterval", TimeSpan.FromHours(1))
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var purged = await PurgeAsync(services.GetRequiredService<CertificationDb>(), DateTime.UtcNow - options.Value.Retention, ct);
        if (purged > 0) log.LogInformation("Purged {Count} finished webhook deliveries older than {Retention}", purged, options.Value.Retention);
    }

    public static async Task<int> PurgeAsync(CertificationDb db, DateTime before, CancellationToken ct)
    {
        var finished = db.WebhookDeliveries.Where(d => d.Status != WebhookDeliveryStatus.Pending && d.CreatedAt < before);
        await db.WebhookAttempts.Where(a => finished.Any(d => d.Id == a.DeliveryId)).ExecuteDeleteAsync(ct);
        return await finished.ExecuteDeleteAsync(ct);
    }
}
