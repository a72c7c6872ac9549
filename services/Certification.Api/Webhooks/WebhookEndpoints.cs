using CarbonPlatform.Certification.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

using CarbonPlatform.ServiceDefaults.OpenApi;

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
            .WithDescription("Oldest first, at most 500; secrets are never listed.").Answers<SubscriptionView[]>();
        subscriptions.MapGet("/{id:guid}", GetSubscription).WithName("GetWebhookSubscription").WithSummary("One subscription, without its secret.")
            .WithDescription("For the subscribing body's reviewers and the administrator.").Answers<SubscriptionView>();
        subscriptions.MapDelete("/{id:guid}", Deactivate).WithName("DeactivateWebhookSubscription")
            .WithSummary("Deactivates a subscription; its pending deliveries end failed.")
            .WithDescription("Idempotent: deactivating an inactive subscription answers 204 too.").Produces(StatusCodes.Status204NoContent);
        api.MapGet("/webhook-deliveries", ListDeliveries).WithTags("Webhooks").WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log: the body's deliveries, newest first, each with its attempts; ?status=pending|delivered|failed.")
            .WithDescription("At most 200; subscriptionId narrows to one subscription.").Answers<DeliveryView[]>();
        return api;
    }

    private static async Task<IResult> ListSubscriptions(HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var list = await db.WebhookSubscriptions.AsNoTracking().VisibleTo(caller).OrderBy(s => s.CreatedAt).Take(500).ToListAsync(ct);
        return Results.Ok(list.Select(s => s.View()));
    }

    private static async Task<IResult> GetSubscription(Guid id, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        return subscription is null ? Problems.NotFound("The webhook subscription") : Results.Ok(subscription.View());
    }

    private static async Task<IResult> Deactivate(Guid id, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.ReadsWebhooks()) return Problems.Forbidden(ReadersOnly);
        var subscription = await db.WebhookSubscriptions.VisibleTo(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return Problems.NotFound("The webhook subscription");
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

    private static async Task<IResult> ListDeliveries(string? status, Guid? subscriptionId, HttpContext http, CertificationDb db, CancellationToken ct)
    {
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
        var list = await query.OrderByDescending(d => d.CreatedAt).Take(200).AsSplitQuery().ToListAsync(ct);
        return Results.Ok(list.Select(d => d.View()));
    }
}
