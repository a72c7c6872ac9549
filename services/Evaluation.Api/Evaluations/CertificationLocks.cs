using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.ServiceDefaults.Messaging;
using MassTransit;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>The evaluation an application names is locked on submission.</summary>
public sealed class CertificationAppliedConsumer(EvaluationDb db) : InboxConsumer<CertificationApplied, EvaluationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationApplied> context)
    {
        if (await Db.Evaluations.FindAsync([context.Message.EvaluationId], context.CancellationToken) is { } evaluation)
            evaluation.LockedByApplicationId = context.Message.ApplicationId;
    }
}

/// <summary>A rejection releases it; an approval keeps it locked for good, as the certificate's record.</summary>
public sealed class CertificationReviewChangedConsumer(EvaluationDb db) : InboxConsumer<CertificationReviewChanged, EvaluationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationReviewChanged> context)
    {
        var m = context.Message;
        if (m.Status == "rejected" && await Db.Evaluations.FindAsync([m.EvaluationId], context.CancellationToken) is { LockedByApplicationId: var held } evaluation
            && held == m.ApplicationId)
            evaluation.LockedByApplicationId = null;
    }
}
