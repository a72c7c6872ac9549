using System.Text.Json;

namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookViews
{
    public static object View(this WebhookSubscription s, string? secret = null) => new
    {
        id = s.Id,
        certificationBodyId = s.CertificationBodyId,
        url = s.Url,
        events = s.EventList,
        active = s.Active,
        createdAt = Utc(s.CreatedAt),
        deactivatedAt = Utc(s.DeactivatedAt),
        secret,
    };

    public static object View(this WebhookDelivery d) => new
    {
        id = d.Id,
        subscriptionId = d.SubscriptionId,
        certificationBodyId = d.CertificationBodyId,
        eventType = d.EventType,
        status = Name(d.Status),
        attemptCount = d.AttemptCount,
        nextAttemptAt = d.Status == WebhookDeliveryStatus.Pending ? Utc(d.NextAttemptAt) : null,
        createdAt = Utc(d.CreatedAt),
        deliveredAt = Utc(d.DeliveredAt),
        lastStatusCode = d.LastStatusCode,
        lastError = d.LastError,
        payload = JsonDocument.Parse(d.Payload).RootElement.Clone(),
        attempts = d.Attempts.OrderBy(a => a.Number).Select(a => new
        {
            number = a.Number, at = Utc(a.At), transport = a.Transport, statusCode = a.StatusCode, error = a.Error, durationMs = a.DurationMs,
        }),
    };

    public static string Name(WebhookDeliveryStatus status) => status.ToString().ToLowerInvariant();

    private static DateTime? Utc(DateTime? at) => at is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;
}
