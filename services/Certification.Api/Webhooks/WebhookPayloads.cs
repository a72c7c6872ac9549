namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// What a certification body's system is told of an application (application.submitted, application.resubmitted): enough
/// to fetch the rest through the API. status is the application's status as the API spells it (submitted, resubmitted, …).
/// </summary>
public sealed record ApplicationEventData(Guid ApplicationId, Guid ParkId, string ParkName, Guid EvaluationId, int Year, string Scheme, string Status,
    string? Comment);

/// <summary>A park the body reviews moved in its lifecycle (park.lifecycle-changed).</summary>
public sealed record ParkLifecycleEventData(Guid ParkId, string From, string To, string Reason);

/// <summary>Every delivery's body: a unique id (also the X-Carbon-Delivery header), the event type, when it happened, its data.</summary>
public sealed record ApplicationWebhook(Guid Id, string Type, DateTime OccurredAt, ApplicationEventData Data);

public sealed record ParkLifecycleWebhook(Guid Id, string Type, DateTime OccurredAt, ParkLifecycleEventData Data);
