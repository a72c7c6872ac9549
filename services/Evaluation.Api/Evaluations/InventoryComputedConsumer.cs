using CarbonPlatform.Contracts.Accounting;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Overview;
using CarbonPlatform.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>
/// A newer inventory version makes the evaluations computed from older ones stale (they stay as they were) and records
/// the newest version and its factor release. One conditional update: events arriving in any order, on any replica,
/// leave the newest one recorded.
/// </summary>
public sealed class InventoryComputedConsumer(EvaluationDb db) : InboxConsumer<InventoryComputed, EvaluationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<InventoryComputed> context)
    {
        var m = context.Message;
        await Db.Evaluations
            .Where(e => e.ParkId == m.ParkId && e.Year == m.Year && e.Method == m.Method && e.InventoryVersion < m.Version
                && (e.NewerInventoryVersion == null || e.NewerInventoryVersion < m.Version))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Stale, true)
                .SetProperty(e => e.NewerInventoryVersion, m.Version)
                .SetProperty(e => e.NewerFactorRelease, m.FactorRelease), context.CancellationToken);
        await ParkResultProjection.RaiseNewestInventoryAsync(Db, m.ParkId, m.Year, m.Method, m.Version, m.FactorRelease, context.CancellationToken);
    }
}
