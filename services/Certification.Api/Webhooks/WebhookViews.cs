using System.Text.Json;

namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookViews
{
    public static SubscriptionView View(this WebhookSubscription s, string? secret = null) =>
        new(s.Id, s.CertificationBodyId, s.Url, s.EventList, s.Active, Utc(s.CreatedAt), Utc(s.DeactivatedAt), secret);

    public static DeliveryView View(this WebhookDelivery d) => new(d.Id, d.SubscriptionId, d.CertificationBodyId, d.EventType, d.Status, d.AttemptCount,
        d.Status == WebhookDeliveryStatus.Pending ? Utc(d.NextAttemptAt) : null, Utc(d.CreatedAt), Utc(d.DeliveredAt), d.LastStatusCode, d.LastError,
        JsonDocument.Parse(d.Payload).RootElement.Clone(),
        d.Attempts.OrderBy(a => a.Number).Select(a => new AttemptView(a.Number, Utc(a.At), a.Transport, a.StatusCode, a.Error, a.DurationMs)).ToList());

    public static string Name(WebhookDeliveryStatus status) => status.ToString().ToLowerInvariant();

    private static DateTime? Utc(DateTime? at) => at is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;

    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
