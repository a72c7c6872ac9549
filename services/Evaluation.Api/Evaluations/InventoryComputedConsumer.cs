using CarbonPlatform.Contracts.Accounting;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>A newer inventory version makes the evaluations computed from older ones stale (they stay as they were).</summary>
public sealed class InventoryComputedConsumer(EvaluationDb db) : InboxConsumer<InventoryComputed, EvaluationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<InventoryComputed> context)
    {
        var m = context.Message;
        var older = await Db.Evaluations.Where(e => e.ParkId == m.ParkId && e.Year == m.Year && e.Method == m.Method && e.InventoryVersion < m.Version && !e.Stale)
            .ToListAsync(context.CancellationToken);
        foreach (var evaluation in older) evaluation.Stale = true;
    }
}
