using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.ParkRegistry.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>
/// Other services' facts move the park through the creation process. They arrive in any order: an application's facts
/// go through <see cref="ApplicationFacts"/> (an older one changes nothing), and one heard early walks the park through
/// the stages the facts before it would have (<see cref="ParkLifecycle.PlatformPath"/>), so the final state is the same.
/// </summary>
public abstract class LifecycleConsumer<TMessage>(RegistryDb db, ILogger log) : InboxConsumer<TMessage, RegistryDb>(db) where TMessage : class
{
    protected async Task MoveAsync(Guid parkId, ParkStage to, string reason, CancellationToken ct)
    {
        var park = await Db.Parks.FindAsync([parkId], ct);
        if (park is null || (park.Stage == to && !ParkLifecycle.CanMove(to, to))) return;
        var path = ParkLifecycle.PlatformPath(park.Stage, to);
        // A fact that does not move the park (another evaluation of a certified park) is history elsewhere, not an error.
        foreach (var stage in path.Count > 0 ? path : [to])
            if (Db.Move(park, stage, StageMover.Platform, reason, movedBy: reason) is { } refused)
            {
                log.LogInformation("Park {ParkId}: {Refusal}", parkId, refused);
                return;
            }
    }

    /// <summary>
    /// Records that the application reached <paramref name="progress"/>; false when that was heard already (or something
    /// later was), and the fact is then history. Whatever the event names (body, evaluation) fills in what was unknown.
    /// </summary>
    protected async Task<bool> AdvanceAsync(Guid applicationId, Guid parkId, ApplicationProgress progress, CancellationToken ct,
        Guid? bodyId = null, Guid? evaluationId = null)
    {
        var assignment = await Db.ReviewAssignments.FirstOrDefaultAsync(a => a.ApplicationId == applicationId, ct);
        if (assignment is null)
            Db.ReviewAssignments.Add(assignment = new ReviewAssignment { ApplicationId = applicationId, ParkId = parkId, OpenedAt = DateTime.UtcNow });
        if (bodyId is { } body && assignment.CertificationBodyId == Guid.Empty)
        {
            assignment.CertificationBodyId = body;
            await CertifyingBodyKnownAsync(assignment, ct);
        }
        if (evaluationId is { } evaluation) assignment.EvaluationId = evaluation;
        if (progress <= assignment.Progress) return false;
        assignment.Progress = progress;
        var open = ApplicationFacts.ReviewOpen(progress);
        if (assignment.Open && !open) assignment.ClosedAt = DateTime.UtcNow;
        assignment.Open = open;
        return true;
    }

    /// <summary>The body of a certified application learnt after its certificate: it is the park's certifying body.</summary>
    private async Task CertifyingBodyKnownAsync(ReviewAssignment assignment, CancellationToken ct)
    {
        if (assignment.Progress is ApplicationProgress.Certified or ApplicationProgress.Reopened
            && await Db.Parks.FindAsync([assignment.ParkId], ct) is { } park)
            park.CertifyingBodyId = assignment.CertificationBodyId;
    }

    protected Task<ReviewAssignment?> AssignmentAsync(Guid applicationId, CancellationToken ct) =>
        Db.ReviewAssignments.FirstOrDefaultAsync(a => a.ApplicationId == applicationId, ct);
}

/// <summary>An evaluation moves the park to self-evaluated, unless an application of it was heard already (then it is history).</summary>
public sealed class EvaluationCompletedConsumer(RegistryDb db, ILogger<EvaluationCompletedConsumer> log) : LifecycleConsumer<EvaluationCompleted>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<EvaluationCompleted> context)
    {
        var m = context.Message;
        if (await Db.ReviewAssignments.AnyAsync(a => a.EvaluationId == m.EvaluationId, context.CancellationToken)) return;
        await MoveAsync(m.ParkId, ParkStage.SelfEvaluated, $"evaluation {m.EvaluationId} ({m.Scheme})", context.CancellationToken);
    }
}

public sealed class CertificationAppliedConsumer(RegistryDb db, ILogger<CertificationAppliedConsumer> log) : LifecycleConsumer<CertificationApplied>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationApplied> context)
    {
        var m = context.Message;
        if (await AdvanceAsync(m.ApplicationId, m.ParkId, ApplicationProgress.Applied, context.CancellationToken, m.CertificationBodyId, m.EvaluationId))
            await MoveAsync(m.ParkId, ParkStage.Applied, $"application {m.ApplicationId}", context.CancellationToken);
    }
}

/// <summary>The review started, or ended: an ended one (approved, rejected, returned) no longer lets its body read the park's data.</summary>
public sealed class CertificationReviewChangedConsumer(RegistryDb db, ILogger<CertificationReviewChangedConsumer> log)
    : LifecycleConsumer<CertificationReviewChanged>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationReviewChanged> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        var progress = ApplicationFacts.OfReviewStatus(m.Status) ?? ApplicationProgress.None;
        if (!await AdvanceAsync(m.ApplicationId, m.ParkId, progress, ct, m.CertificationBodyId, m.EvaluationId)) return;
        if (m.Status == "under-review") await MoveAsync(m.ParkId, ParkStage.UnderReview, $"application {m.ApplicationId} under review", ct);
        // A decision that leaves the stage to the certificate (approved) or to the operator (returned) was reviewed first:
        // heard before the review's start, it puts the park where that start would have.
        if (m.Status is "approved" or "returned" && await Db.Parks.FindAsync([m.ParkId], ct) is { Stage: < ParkStage.UnderReview })
            await MoveAsync(m.ParkId, ParkStage.UnderReview, $"application {m.ApplicationId} {m.Status}", ct);
        if (m.Status == "rejected") await MoveAsync(m.ParkId, ParkStage.Rejected, $"application {m.ApplicationId} rejected: {m.Comment}", ct);
    }
}

public sealed class CertificateIssuedConsumer(RegistryDb db, ILogger<CertificateIssuedConsumer> log) : LifecycleConsumer<CertificateIssued>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificateIssued> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (!await AdvanceAsync(m.ApplicationId, m.ParkId, ApplicationProgress.Certified, ct)) return;
        if (await Db.Parks.FindAsync([m.ParkId], ct) is { } park && await AssignmentAsync(m.ApplicationId, ct) is { } assignment
            && assignment.CertificationBodyId != Guid.Empty)
            park.CertifyingBodyId = assignment.CertificationBodyId;
        await MoveAsync(m.ParkId, ParkStage.Certified, $"certificate {m.Number}", ct);
    }
}

/// <summary>A revoked certificate sends the park back to building; a suspension leaves the stage as it is.</summary>
public sealed class CertificateStatusChangedConsumer(RegistryDb db, ILogger<CertificateStatusChangedConsumer> log)
    : LifecycleConsumer<CertificateStatusChanged>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificateStatusChanged> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (m.Status != "revoked" || !await AdvanceAsync(m.ApplicationId, m.ParkId, ApplicationProgress.Revoked, ct)) return;
        if (await Db.Parks.FindAsync([m.ParkId], ct) is { } park) park.CertifyingBodyId = null;
        await MoveAsync(m.ParkId, ParkStage.Building, $"certificate {m.Number} revoked: {m.Reason}", ct);
    }
}

/// <summary>The issuing body reopened the certified year: the park is under its surveillance until a new review, with the reason.</summary>
public sealed class CertifiedYearReopenedConsumer(RegistryDb db, ILogger<CertifiedYearReopenedConsumer> log) : LifecycleConsumer<CertifiedYearReopened>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertifiedYearReopened> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (await Db.Parks.FindAsync([m.ParkId], ct) is not { } park) return;
        if (!await AdvanceAsync(m.ApplicationId, m.ParkId, ApplicationProgress.Reopened, ct, m.CertificationBodyId, m.EvaluationId)) return;
        // Heard before its certificate: the park is first where the certificate puts it, and the body is its certifying body.
        await MoveAsync(m.ParkId, ParkStage.Certified, $"certificate {m.Number}", ct);
        park.CertifyingBodyId ??= m.CertificationBodyId;
        var reason = $"certificate {m.Number}: year {m.Year} reopened for corrections: {m.Reason}";
        if (reason.Length > 500) reason = reason[..500];
        if (Db.Move(park, ParkStage.Surveillance, StageMover.CertifyingBody, reason, movedBy: m.ReopenedBy) is { } refused)
            log.LogInformation("Park {ParkId}: {Refusal}", m.ParkId, refused);
    }
}
