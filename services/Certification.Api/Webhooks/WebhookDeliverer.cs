using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>Makes one attempt of one delivery: claim, sign, send, log the attempt and decide what follows.</summary>
public sealed class WebhookDeliverer(CertificationDb db, IWebhookTransport transport, IOptions<WebhookOptions> options,
    WebhookSecretBox secrets, TimeProvider clock, Observability.CertificationMetrics metrics, ILogger<WebhookDeliverer> log)
{
    /// <summary>False when the attempt was not this dispatcher's to make (already claimed, or no longer due).</summary>
    public async Task<bool> AttemptAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (await DeliveryLease.TryClaimAsync(db, deliveryId, clock.GetUtcNow().UtcDateTime, settings.Lease, cancellationToken) is null)
            return false;
        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (!subscription.Active)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            delivery.LastError = "The subscription was deactivated before the event was delivered.";
            delivery.LeaseId = null;
            return await SaveAsync(delivery, cancellationToken);
        }

        string secret;
        try { secret = secrets.Open(subscription.Id, subscription.Secret); }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Another key than the one it was sealed with: no retry can sign it, so the delivery fails now, visibly.
            log.LogError("Subscription {Subscription}'s secret does not open under this service's Webhooks:SecretKey.", subscription.Id);
            delivery.Status = WebhookDeliveryStatus.Failed;
            delivery.LastError = "The subscription's secret cannot be read with the platform's current key; subscribe again.";
            delivery.LeaseId = null;
            metrics.Attempted("failed");
            return await SaveAsync(delivery, cancellationToken);
        }

        var sentAt = clock.GetUtcNow();
        var request = new WebhookRequest(new Uri(subscription.Url), delivery.Payload, new Dictionary<string, string>
        {
            [WebhookSignature.SignatureHeader] = WebhookSignature.Header(secret, delivery.Payload, sentAt),
            [WebhookSignature.DeliveryHeader] = delivery.Id.ToString(),
            [WebhookSignature.EventHeader] = delivery.EventType,
        });
        var started = Stopwatch.GetTimestamp();
        WebhookOutcome outcome;
        try { outcome = await transport.SendAsync(request, cancellationToken); }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested) { outcome = WebhookOutcome.Failed(e.Message); }
        Record(delivery, outcome, sentAt.UtcDateTime, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, settings);
        return await SaveAsync(delivery, cancellationToken);
    }

    private void Record(WebhookDelivery delivery, WebhookOutcome outcome, DateTime sentAt, long durationMs, WebhookOptions settings)
    {
        delivery.AttemptCount++;
        db.WebhookAttempts.Add(new WebhookAttempt
        {
            DeliveryId = delivery.Id, Number = delivery.AttemptCount, At = sentAt, Transport = transport.Name,
            StatusCode = outcome.StatusCode, Error = outcome.Error, DurationMs = durationMs,
        });
        delivery.LastStatusCode = outcome.StatusCode;
        delivery.LastError = outcome.Error;
        delivery.LeaseId = null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (outcome.Accepted)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
            metrics.Attempted("delivered");
        }
        else if (delivery.AttemptCount >= settings.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            metrics.Attempted("failed");
            log.LogWarning("Webhook delivery {Id} ({Event}) failed for good after {Attempts} attempts: {Error}",
                delivery.Id, delivery.EventType, delivery.AttemptCount, outcome.Error);
        }
        else
        {
            delivery.NextAttemptAt = now + settings.DelayAfter(delivery.AttemptCount);
            metrics.Attempted("retrying");
        }
    }

    private async Task<bool> SaveAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The lease ran out and another dispatcher took the delivery over: its record wins; receivers de-duplicate.
            log.LogWarning("Webhook delivery {Id}: the lease was lost before the attempt was recorded", delivery.Id);
        }
        return true;
    }
}
