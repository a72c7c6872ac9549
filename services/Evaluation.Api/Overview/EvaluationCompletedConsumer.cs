using CarbonPlatform.Contracts.Evaluation;
using MassTransit;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>
/// The overview row follows every stored evaluation. The recorder applies it at once for read-your-writes; this consumer
/// makes sure it happens even when that replica stopped in between. Applying twice, or late, changes nothing.
/// </summary>
public sealed class EvaluationCompletedConsumer(EvaluationDb db) : InboxConsumer<EvaluationCompleted, EvaluationDb>(db)
{
    protected override Task HandleAsync(ConsumeContext<EvaluationCompleted> context) =>
        ParkResultProjection.ApplyAsync(Db, context.Message.EvaluationId, context.CancellationToken);
}
