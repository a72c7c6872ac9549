namespace CarbonPlatform.Certification.Webhooks;

/// <summary>The event types a certification body can subscribe to; <see cref="All"/> (<c>*</c>) includes types added later.</summary>
public static class WebhookEvents
{
    public const string ApplicationSubmitted = "application.submitted";
    public const string ApplicationResubmitted = "application.resubmitted";
    public const string ParkLifecycleChanged = "park.lifecycle-changed";
    public const string All = "*";

    public static readonly IReadOnlyList<string> Known = [ApplicationSubmitted, ApplicationResubmitted, ParkLifecycleChanged];

    public static bool IsKnown(string? eventType) => eventType is not null && Known.Contains(eventType);
}
