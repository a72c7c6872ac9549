using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Certification.Webhooks;

public sealed record CreateSubscriptionRequest(string? Url, string[]? Events);

public static class CreateSubscription
{
    public static async Task<IResult> Handle(CreateSubscriptionRequest body, HttpContext http, CertificationDb db, WebhookUrlGuard guard,
        WebhookSecretBox box, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.ManagesWebhooks())
            return Problems.Forbidden("A certification body's reviewer subscribes the body's own systems: only the body receives the signing secret.");
        var errors = new List<InputError>();
        if (string.IsNullOrWhiteSpace(body.Url)) errors.Add(new(null, "url", "missing-field", "url is required."));
        else if (body.Url.Length > WebhookLimits.UrlLength) errors.Add(new(null, "url", "too-long", $"url is at most {WebhookLimits.UrlLength} characters."));
        else if (!IsHttpUrl(body.Url)) errors.Add(new(null, "url", "invalid-url", "url must be an absolute http or https URL."));
        var events = body.Events is null or { Length: 0 } ? [WebhookEvents.All] : body.Events.Distinct().ToArray();
        foreach (var type in events.Where(t => t != WebhookEvents.All && !WebhookEvents.IsKnown(t)))
            errors.Add(new(null, "events", "unknown-event-type", $"'{type}' is not an event type: {string.Join(", ", WebhookEvents.Known)} or * for all."));
        if (errors.Count == 0 && await guard.RefusalAsync(new Uri(body.Url!.Trim()), ct) is { } refused) errors.Add(refused);
        if (errors.Count > 0) return Problems.Invalid(errors);

        var secret = WebhookSignature.NewSecret();
        var id = Guid.NewGuid();
        var subscription = new WebhookSubscription
        {
            Id = id, CertificationBodyId = caller.OrganizationId!.Value, Url = body.Url!.Trim(), Secret = box.Seal(id, secret),
            Events = events.Contains(WebhookEvents.All) ? WebhookEvents.All : string.Join(',', events), CreatedAt = DateTime.UtcNow,
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/webhook-subscriptions/{subscription.Id}", subscription.View(secret));
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.UserInfo);
}
