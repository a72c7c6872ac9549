using CarbonPlatform.Certification.Applications;
using CarbonPlatform.Certification.Certificates;

namespace CarbonPlatform.Certification.Decisions;

public sealed record DecisionRequest(string? Decision, string? Comment);

public static class DecideApplication
{
    private const int Attempts = 8;

    /// <summary>
    /// Only the assigned body decides; approval issues the certificate in the same transaction. A decision that lost a
    /// race (the application was decided meanwhile, or another approval took the year's next number) is read and decided
    /// again: the application's new status then answers 409, a number is simply drawn anew.
    /// </summary>
    public static async Task<IResult> Handle(Guid id, DecisionRequest body, HttpContext http, CertificationDb db, CertificateIssuer issuer, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try { return await DecideAsync(id, body, http, db, issuer, ct); }
            catch (DbUpdateException) when (attempt < Attempts) { await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct); }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                throw new WriteContentionException("The decision kept colliding with concurrent decisions; nothing was changed.", e);
            }
        }
    }

    private static async Task<IResult> DecideAsync(Guid id, DecisionRequest body, HttpContext http, CertificationDb db, CertificateIssuer issuer, CancellationToken ct)
    {
        var caller = http.Caller();
        var application = await db.Applications.Include(a => a.Decisions).VisibleTo(caller).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return Problems.NotFound("The application");
        if (!caller.IsAssignedReviewer(application)) return Problems.Forbidden("Only the certification body assigned to this application decides on it.");
        if (!ReviewWorkflow.IsKnown(body.Decision))
            return Problems.Invalid("decision", "unknown-decision", "decision must be start-review, approve, reject or request-information.");
        if (string.IsNullOrWhiteSpace(body.Comment) || body.Comment.Length > 4000)
            return Problems.Invalid("comment", "missing-field", "comment is required (at most 4000 characters): it is the review record.");

        if (http.IfMatchFails(application.Version, out var stale)) return stale.ToProblem();
        var (next, refusal) = ReviewWorkflow.Decide(application.Status, body.Decision!);
        if (next is null) return Problems.Conflict("decision", "illegal-transition", refusal!);

        var now = DateTime.UtcNow;
        application.Status = next.Value;
        application.UpdatedAt = now;
        application.Decisions.Add(new ReviewDecision { ApplicationId = id, Decision = body.Decision!, Comment = body.Comment.Trim(), DecidedBy = caller.Subject, DecidedAt = now });
        db.ReviewChanged(application, body.Comment.Trim());
        Certificate? certificate = null;
        if (next == ApplicationStatus.Approved) certificate = await issuer.IssueAsync(application, DateOnly.FromDateTime(now), ct);
        await db.SaveChangesAsync(ct);
        http.SetEntityTag(application.Version);
        return Results.Ok(new ApplicationStatusView(application.Status, certificate?.Number));
    }
}
