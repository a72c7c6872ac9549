namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookEndpoints
{
    private const string ReadersOnly = "Webhooks are for certification bodies' reviewers (their own) and the platform administrator.";

    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        var subscriptions = api.MapGroup("/webhook-subscriptions").WithTags("Webhooks");
        subscriptions.MapPost("/", CreateSubscription.Handle).WithName("CreateWebhookSubscription")
            .WithSummary("A certification body subscribes a url to events; the signing secret is returned once.")
            .WithDescription("The body's reviewer. url must be https on a public address; events are event types or *. Each delivery is signed with the secret (see the webhooks section).")
            .WithRequest(new CreateSubscriptionRequest("https://review.certbody.example.cn/hooks/carbon", ["application.submitted", "application.resubmitted"]))
            .Answers<SubscriptionView>(StatusCodes.Status201Created);
        subscriptions.MapGet("/", ListSubscriptions).WithName("ListWebhookSubscriptions")
            .WithSummary("The caller's body's subscriptions (every body's for the administrator).")
            .WithDescription("Oldest first, in pages (limit, cursor); secrets are never listed.").Answers<Page<SubscriptionView>>();
        subscriptions.MapGet("/{id:guid}", GetSubscription).WithName("GetWebhookSubscription").WithSummary("One subscription, without its secret.")
            .WithDescription("For the subscribing body's reviewers and the administrator. The ETag is the subscription's version, for If-Match on deactivation.")
            .Answers<SubscriptionView>().WithEntityTag();
        subscriptions.MapDelete("/{id:guid}", Deactivate).WithName("DeactivateWebhookSubscription")
            .WithSummary("Deactivates a subscription; its pending deliveries end failed.")
            .WithDescription("Idempotent: deactivating an inactive subscription answers 204 too.").Produces(StatusCodes.Status204NoContent).WithIfMatch();
        api.MapGet("/webhook-deliveries", ListDeliveries).WithTags("Webhooks").WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log: the body's deliveries, newest first, each with its attempts; ?status=pending|delivered|failed.")
            .WithDescription("In pages (limit, cursor); subscriptionId narrows to one subscription.").Answers<Page<DeliveryView>>()
            .WithEnumQuery<WebhookDeliveryStatus>("status");
        return api;
    }

    private static async Task<IResult> ListSubscriptions(int? limit, string? cursor, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var query = db.WebhookSubscriptions.AsNoTracking().VisibleTo(caller);
        if (page.After is { } after) query = query.After(s => s.CreatedAt, s => s.Id, after.At, after.Id);
        var list = await query.OrderByKey(s => s.CreatedAt, s => s.Id).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(list, s => new TimeKey(s.CreatedAt, s.Id), s => s.View()));
    }

    private static async Task<IResult> GetSubscription(Guid id, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return Problems.NotFound("The webhook subscription");
        http.SetEntityTag(subscription.Version);
        return Results.Ok(subscription.View());
    }

    private static async Task<IResult> Deactivate(Guid id, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var subscription = await db.WebhookSubscriptions.VisibleTo(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return Problems.NotFound("The webhook subscription");
        if (http.IfMatchFails(subscription.Version, out var stale)) return stale.ToProblem();
        if (!subscription.Active) return Results.NoContent();
        subscription.Active = false;
        subscription.DeactivatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        // The dispatcher refuses to send for an inactive subscription anyway; this makes the log say so at once.
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed)
                .SetProperty(d => d.LastError, "The subscription was deactivated before the event was delivered."), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> ListDeliveries(string? status, Guid? subscriptionId, int? limit, string? cursor, HttpContext http,
        CertificationDb db, CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var query = db.WebhookDeliveries.AsNoTracking().Include(d => d.Attempts).VisibleTo(caller);
        if (status is not null)
        {
            if (!Enum.TryParse<WebhookDeliveryStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
                return Problems.Invalid("status", "unknown-status", "status must be pending, delivered or failed.");
            query = query.Where(d => d.Status == wanted);
        }
        if (subscriptionId is not null) query = query.Where(d => d.SubscriptionId == subscriptionId);
        if (page.After is { } after) query = query.After(d => d.CreatedAt, d => d.Id, after.At, after.Id, descending: true);
        var list = await query.OrderByKey(d => d.CreatedAt, d => d.Id, descending: true).Take(page.Fetch).AsSplitQuery().ToListAsync(ct);
        return Results.Ok(page.Finish(list, d => new TimeKey(d.CreatedAt, d.Id), d => d.View()));
    }
}
