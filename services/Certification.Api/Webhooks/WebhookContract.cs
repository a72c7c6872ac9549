namespace CarbonPlatform.Certification.Webhooks;

/// <summary>A certification body's webhook subscription; secret (for verifying signatures) only in the answer that created it.</summary>
public sealed record SubscriptionView(Guid Id, Guid CertificationBodyId, string Url, IReadOnlyList<string> Events, bool Active, DateTime CreatedAt,
    DateTime? DeactivatedAt, string? Secret);

/// <summary>One event's delivery to one subscription (payload: the body sent, as in the webhooks section), with every attempt made.</summary>
public sealed record DeliveryView(Guid Id, Guid SubscriptionId, Guid CertificationBodyId, string EventType, WebhookDeliveryStatus Status, int AttemptCount,
    DateTime? NextAttemptAt, DateTime CreatedAt, DateTime? DeliveredAt, int? LastStatusCode, string? LastError, object Payload,
    IReadOnlyList<AttemptView> Attempts);

public sealed record AttemptView(int Number, DateTime At, string Transport, int? StatusCode, string? Error, long DurationMs);
