using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>Other services' facts move the park through the creation process.</summary>
public abstract class LifecycleConsumer<TMessage>(RegistryDb db, ILogger log) : InboxConsumer<TMessage, RegistryDb>(db) where TMessage : class
{
    protected async Task MoveAsync(Guid parkId, ParkStage to, string reason, CancellationToken ct)
    {
        var park = await Db.Parks.FindAsync([parkId], ct);
        if (park is null) return;
        // A fact that does not move the park (another evaluation of a certified park) is history elsewhere, not an error.
        if (Db.Move(park, to, StageMover.Platform, reason, movedBy: reason) is { } refused)
            log.LogInformation("Park {ParkId}: {Refusal}", parkId, refused);
    }

    protected Task<ReviewAssignment?> AssignmentAsync(Guid applicationId, CancellationToken ct) =>
        Db.ReviewAssignments.FirstOrDefaultAsync(a => a.ApplicationId == applicationId, ct);
}

public sealed class EvaluationCompletedConsumer(RegistryDb db, ILogger<EvaluationCompletedConsumer> log) : LifecycleConsumer<EvaluationCompleted>(db, log)
{
    protected override Task HandleAsync(ConsumeContext<EvaluationCompleted> context) =>
        MoveAsync(context.Message.ParkId, ParkStage.SelfEvaluated, $"evaluation {context.Message.EvaluationId} ({context.Message.Scheme})", context.CancellationToken);
}

public sealed class CertificationAppliedConsumer(RegistryDb db, ILogger<CertificationAppliedConsumer> log) : LifecycleConsumer<CertificationApplied>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationApplied> context)
    {
        var m = context.Message;
        if (await AssignmentAsync(m.ApplicationId, context.CancellationToken) is null)
            Db.ReviewAssignments.Add(new ReviewAssignment
            {
                ApplicationId = m.ApplicationId, ParkId = m.ParkId, CertificationBodyId = m.CertificationBodyId, Open = true, OpenedAt = DateTime.UtcNow,
            });
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
        if (m.Status is "approved" or "rejected" or "returned" && await AssignmentAsync(m.ApplicationId, ct) is { Open: true } assignment)
            (assignment.Open, assignment.ClosedAt) = (false, DateTime.UtcNow);
        if (m.Status == "under-review") await MoveAsync(m.ParkId, ParkStage.UnderReview, $"application {m.ApplicationId} under review", ct);
        if (m.Status == "rejected") await MoveAsync(m.ParkId, ParkStage.Rejected, $"application {m.ApplicationId} rejected: {m.Comment}", ct);
    }
}

public sealed class CertificateIssuedConsumer(RegistryDb db, ILogger<CertificateIssuedConsumer> log) : LifecycleConsumer<CertificateIssued>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificateIssued> context)
    {
        var m = context.Message;
        if (await Db.Parks.FindAsync([m.ParkId], context.CancellationToken) is { } park
            && await AssignmentAsync(m.ApplicationId, context.CancellationToken) is { } assignment)
            park.CertifyingBodyId = assignment.CertificationBodyId;
        await MoveAsync(m.ParkId, ParkStage.Certified, $"certificate {m.Number}", context.CancellationToken);
    }
}

/// <summary>A revoked certificate sends the park back to building; a suspension leaves the stage as it is.</summary>
public sealed class CertificateStatusChangedConsumer(RegistryDb db, ILogger<CertificateStatusChangedConsumer> log)
    : LifecycleConsumer<CertificateStatusChanged>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertificateStatusChanged> context)
    {
        var m = context.Message;
        if (m.Status != "revoked") return;
        if (await Db.Parks.FindAsync([m.ParkId], context.CancellationToken) is { } park) park.CertifyingBodyId = null;
        await MoveAsync(m.ParkId, ParkStage.Building, $"certificate {m.Number} revoked: {m.Reason}", context.CancellationToken);
    }
}

/// <summary>The issuing body reopened the certified year: the park is under its surveillance until a new review, with the reason.</summary>
public sealed class CertifiedYearReopenedConsumer(RegistryDb db, ILogger<CertifiedYearReopenedConsumer> log) : LifecycleConsumer<CertifiedYearReopened>(db, log)
{
    protected override async Task HandleAsync(ConsumeContext<CertifiedYearReopened> context)
    {
        var m = context.Message;
        if (await Db.Parks.FindAsync([m.ParkId], context.CancellationToken) is not { } park) return;
        var reason = $"certificate {m.Number}: year {m.Year} reopened for corrections: {m.Reason}";
        if (reason.Length > 500) reason = reason[..500];
        if (Db.Move(park, ParkStage.Surveillance, StageMover.CertifyingBody, reason, movedBy: m.ReopenedBy) is { } refused)
            log.LogInformation("Park {ParkId}: {Refusal}", m.ParkId, refused);
    }
}
