using System.Diagnostics.Metrics;

namespace CarbonPlatform.Certification.Observability;

/// <summary>
/// Webhook delivery attempts by outcome (delivered; failed, retrying; failed for good) and the certificates that expire
/// within 30 days while their park has no later certificate (read at most every 10 s).
/// </summary>
public sealed class CertificationMetrics : IPlatformMetrics
{
    public const int ExpiryWarningDays = 30;
    public static readonly string[] Outcomes = ["delivered", "retrying", "failed"];
    private readonly ServiceCounter _deliveries;

    public CertificationMetrics(IMeterFactory meters, ServiceIdentity service, IServiceScopeFactory scopes, ILogger<CertificationMetrics> log)
    {
        _deliveries = new ServiceCounter(meters, service, "carbon.webhook.deliveries", "{attempt}",
            "Webhook delivery attempts by outcome: delivered, failed and retrying, failed for good (no attempt left or cannot be signed).",
            [.. Outcomes.Select(o => new (string, object?)[] { ("outcome", o) })]);
        var meter = PlatformMeter.Create(meters);
        var tags = PlatformMeter.Tags(service);
        var expiring = new CachedGauge<long>(scopes, CountExpiringAsync, log, "carbon.certificates.expiring_unrenewed");
        meter.CreateObservableGauge("carbon.certificates.expiring_unrenewed", () =>
            expiring.TryGet(out var n) ? [new Measurement<long>(n, tags)] : Array.Empty<Measurement<long>>(),
            unit: "{certificate}", description: $"Valid certificates expiring within {ExpiryWarningDays} days whose park has no later certificate.");
    }

    public void Attempted(string outcome) => _deliveries.Add(1, ("outcome", outcome));

    private static Task<long> CountExpiringAsync(IServiceProvider services, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var horizon = today.AddDays(ExpiryWarningDays);
        var certificates = services.GetRequiredService<CertificationDb>().Certificates.AsNoTracking();
        return certificates
            .Where(c => c.State == CertificateState.Valid && c.ValidTo >= today && c.ValidTo <= horizon)
            .Where(c => !certificates.Any(later => later.ParkId == c.ParkId && later.ValidTo > c.ValidTo && later.State != CertificateState.Revoked))
            .LongCountAsync(ct);
    }
}
