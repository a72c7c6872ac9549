using CarbonPlatform.Certification.Certificates;
using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Decisions;
using CarbonPlatform.BuildingBlocks.AccessLog;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.Certification.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Certification.Applications;

public sealed record ResubmissionRequest(string? Comment);

public static class ApplicationEndpoints
{
    public static RouteGroupBuilder MapCertification(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/certification-applications").WithTags("Certification");
        applications.MapPost("/", SubmitApplication.Handle).WithSummary("A park operator applies with a stored evaluation and a chosen certification body.");
        applications.MapGet("/", List).WithSummary("Applications the caller may see: a body's queue, an operator's own, an authority's region.");
        applications.MapGet("/{id:guid}", Get).WithSummary("One application with its review trail.");
        applications.MapPost("/{id:guid}/decisions", DecideApplication.Handle).WithSummary("The assigned body takes the application up for review, approves, rejects or requests information.");
        applications.MapPost("/{id:guid}/resubmissions", Resubmit).WithSummary("The operator answers a request for information.");
        return api.MapCertificates();
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Decisions).VisibleTo(http.Caller()).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Problems.NotFound("The application");
        http.NoteParkRead(application.ParkId);
        return Results.Ok(application.View());
    }

    private static async Task<IResult> List(HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var list = await db.Applications.AsNoTracking().Include(a => a.Decisions).VisibleTo(http.Caller())
            .OrderByDescending(a => a.SubmittedAt).Take(500).ToListAsync(ct);
        return Results.Ok(list.Select(a => a.View()));
    }

    private static async Task<IResult> Resubmit(Guid id, ResubmissionRequest body, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var caller = http.Caller();
        var application = await db.Applications.VisibleTo(caller).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Problems.NotFound("The application");
        if (!(caller.IsOperator && caller.Has(PlatformRoles.OperatorAdmin)) && !caller.IsPlatformAdmin)
            return Problems.Forbidden("Only the park operator's administrator resubmits.");
        if (string.IsNullOrWhiteSpace(body.Comment) || body.Comment.Length > 4000)
            return Problems.Invalid("comment", "missing-field", "comment is required (at most 4000 characters): it answers the body's request.");
        var (next, refusal) = ReviewWorkflow.Resubmit(application.Status);
        if (next is null) return Problems.Conflict("status", "illegal-transition", refusal!);
        var now = DateTime.UtcNow;
        application.Status = next.Value;
        application.UpdatedAt = now;
        var comment = body.Comment.Trim();
        await db.Entry(application).Collection(a => a.Decisions).LoadAsync(ct);
        application.Decisions.Add(new ReviewDecision { ApplicationId = id, Decision = "resubmit", Comment = comment, DecidedBy = caller.Subject, DecidedAt = now });
        db.ReviewChanged(application, comment);
        await WebhookOutbox.EnqueueAsync(db, application.CertificationBodyId, WebhookEvents.ApplicationResubmitted, application.WebhookData(comment), ct);
        await db.SaveChangesAsync(ct);
        return Results.Ok(new { status = ReviewWorkflow.Name(application.Status) });
    }
}
