namespace CarbonPlatform.Certification.Webhooks;

/// <summary>One event for one subscription: sent until the receiver accepts it (2xx) or the attempts run out.</summary>
public sealed class WebhookDelivery
{
    /// <summary>Also sent as <c>X-Carbon-Delivery</c>: a receiver de-duplicates on it (delivery is at least once).</summary>
    public Guid Id { get; set; }
    public Guid SubscriptionId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public required string EventType { get; set; }

    /// <summary>The exact JSON body sent, byte for byte, on every attempt.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;
    public int AttemptCount { get; set; }

    /// <summary>When the next attempt is due; while an attempt is under way, the end of its lease.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The dispatcher holding the current attempt; a concurrency token, so a stale holder cannot overwrite.</summary>
    public Guid? LeaseId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public List<WebhookAttempt> Attempts { get; set; } = [];
}

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>The delivery log: one row per request sent, whatever came of it.</summary>
public sealed class WebhookAttempt
{
    public long Id { get; set; }
    public Guid DeliveryId { get; set; }
    public int Number { get; set; }
    public DateTime At { get; set; }
    public required string Transport { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }
    public long DurationMs { get; set; }
}
