using System.Text;
using System.Text.Json;

namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookOutbox
{
    /// <summary>
    /// Adds one delivery per active subscription of the body that wants <paramref name="eventType"/> to the pending
    /// changes of <paramref name="db"/>: they are sent if and only if the caller's <c>SaveChanges</c> commits them.
    /// The body sent is the envelope <c>{ id, type, occurredAt, data }</c>; returns how many deliveries were added.
    /// </summary>
    public static async Task<int> EnqueueAsync(CertificationDb db, Guid certificationBodyId, string eventType, object data,
        CancellationToken cancellationToken = default)
    {
        if (!WebhookEvents.IsKnown(eventType)) throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "unknown webhook event type");
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.CertificationBodyId == certificationBodyId && s.Active).ToListAsync(cancellationToken);
        var interested = subscriptions.Where(s => s.Wants(eventType)).ToList();
        if (interested.Count == 0) return 0;

        var now = DateTime.UtcNow;
        var envelope = new { id = Guid.NewGuid(), type = eventType, occurredAt = now, data };
        var payload = JsonSerializer.Serialize(envelope, JsonSerializerOptions.Web);
        if (Encoding.UTF8.GetByteCount(payload) > WebhookLimits.PayloadBytes)
            throw new ArgumentException($"A webhook payload is at most {WebhookLimits.PayloadBytes} bytes.", nameof(data));
        foreach (var subscription in interested)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = Guid.NewGuid(), SubscriptionId = subscription.Id, CertificationBodyId = certificationBodyId,
                EventType = eventType, Payload = payload, CreatedAt = now, NextAttemptAt = now,
            });
        }
        return interested.Count;
    }
}
