using CarbonPlatform.Contracts.Accounting;
using MassTransit;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>A newer inventory version makes the evaluations computed from older ones stale (<see cref="InventoryStaleness"/>).</summary>
public sealed class InventoryComputedConsumer(EvaluationDb db) : InboxConsumer<InventoryComputed, EvaluationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<InventoryComputed> context)
    {
        var m = context.Message;
        await InventoryStaleness.MarkAsync(Db, m.ParkId, m.Year, m.Method, m.Version, m.FactorRelease, context.CancellationToken);
    }
}
