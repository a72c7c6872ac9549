using CarbonPlatform.Certification.Certificates;
using CarbonPlatform.Certification.Decisions;
using CarbonPlatform.Certification.Webhooks;

namespace CarbonPlatform.Certification.Applications;

public sealed record ResubmissionRequest(string? Comment);

public static class ApplicationEndpoints
{
    public static RouteGroupBuilder MapCertification(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/certification-applications").WithTags("Certification");
        applications.MapPost("/", SubmitApplication.Handle).WithName("SubmitCertificationApplication")
            .WithSummary("A park operator applies with a stored evaluation and a chosen certification body.")
            .WithDescription("The operator's administrator; the evaluation must be current (not stale) and of the park. The park-year is then held: its period locked, the evaluation pinned. CertificationApplied is published and the body's webhooks are called.")
            .WithRequest(new SubmitApplicationRequest(Guid.Parse("3d5b8f0e-1c2a-4e6f-8a9b-0c1d2e3f4a5b"), Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), Guid.Parse("6f1c2a9e-4b7d-4c1e-9a51-2f0d8e3b7c45")))
            .Answers<CreatedApplication>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        applications.MapGet("/", List).WithName("ListCertificationApplications")
            .WithSummary("Applications the caller may see: a body's queue, an operator's own, an authority's region.")
            .WithDescription("Newest first, in pages (limit, cursor).").Answers<Page<ApplicationView>>();
        applications.MapGet("/{id:guid}", Get).WithName("GetCertificationApplication").WithSummary("One application with its review trail.")
            .WithDescription("For the park's operator, the assigned body, the region's authority and the administrator. The ETag is the application's version, for If-Match on decisions and resubmissions.")
            .Answers<ApplicationView>().WithEntityTag();
        applications.MapPost("/{id:guid}/decisions", DecideApplication.Handle).WithName("DecideCertificationApplication")
            .WithSummary("The assigned body takes the application up for review, approves, rejects or requests information.")
            .WithDescription("The assigned body's reviewer. decision is start-review, approve, reject or request-information; comment is the review record. Approval issues the certificate (its number in the answer). A move the workflow does not allow is 409.")
            .WithRequest(new DecisionRequest("approve", "资料齐全，核查通过。"))
            .Answers<ApplicationStatusView>().Produces(StatusCodes.Status409Conflict).WithIfMatch();
        applications.MapPost("/{id:guid}/resubmissions", Resubmit).WithName("ResubmitCertificationApplication")
            .WithSummary("The operator answers a request for information.")
            .WithDescription("The operator's administrator, while information is requested; comment answers the body.")
            .WithRequest(new ResubmissionRequest("已补充2025年外购电力发票。"))
            .Answers<ApplicationStatusView>().Produces(StatusCodes.Status409Conflict).WithIfMatch();
        return api.MapCertificates();
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Decisions).VisibleTo(http.Caller()).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Problems.NotFound("The application");
        http.NoteParkRead(application.ParkId);
        http.SetEntityTag(application.Version);
        return Results.Ok(application.View());
    }

    private static async Task<IResult> List(int? limit, string? cursor, HttpContext http, CertificationDb db, CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var query = db.Applications.AsNoTracking().Include(a => a.Decisions).VisibleTo(http.Caller());
        if (page.After is { } after) query = query.After(a => a.SubmittedAt, a => a.Id, after.At, after.Id, descending: true);
        var list = await query.OrderByKey(a => a.SubmittedAt, a => a.Id, descending: true).Take(page.Fetch).AsSplitQuery().ToListAsync(ct);
        return Results.Ok(page.Finish(list, a => new TimeKey(a.SubmittedAt, a.Id), a => a.View()));
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
        if (http.IfMatchFails(application.Version, out var stale)) return stale.ToProblem();
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
        http.SetEntityTag(application.Version);
        return Results.Ok(new ApplicationStatusView(application.Status));
    }
}
