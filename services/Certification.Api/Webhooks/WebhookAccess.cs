namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookAccess
{
    /// <summary>A certification body's reviewer manages the body's own subscriptions and sees its own deliveries.</summary>
    public static bool ManagesWebhooks(this Caller caller) =>
        caller.IsCertificationBody && caller.OrganizationId is not null && caller.Has(PlatformRoles.CertificationReviewer);

    /// <summary>The body's reviewers and the platform administrator (who sees every body's) may read webhooks.</summary>
    public static bool ReadsWebhooks(this Caller caller) => caller.IsPlatformAdmin || caller.ManagesWebhooks();

    public static IQueryable<WebhookSubscription> VisibleTo(this IQueryable<WebhookSubscription> subscriptions, Caller caller) =>
        caller.IsPlatformAdmin ? subscriptions : subscriptions.Where(s => s.CertificationBodyId == caller.OrganizationId);

    public static IQueryable<WebhookDelivery> VisibleTo(this IQueryable<WebhookDelivery> deliveries, Caller caller) =>
        caller.IsPlatformAdmin ? deliveries : deliveries.Where(d => d.CertificationBodyId == caller.OrganizationId);
}
