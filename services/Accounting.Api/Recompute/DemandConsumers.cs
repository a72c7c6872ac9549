using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.Contracts.EmissionFactors;
using CarbonPlatform.EmissionFactors.Client;
using CarbonPlatform.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>New data for a park-year: ask for one recomputation (many batches in a row still give one run).</summary>
public sealed class ActivityBatchRecordedConsumer(AccountingDb db, RecomputeSignal signal) : InboxConsumer<ActivityBatchRecorded, AccountingDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ActivityBatchRecorded> context)
    {
        var m = context.Message;
        await Demands.RequestAsync(Db, m.ParkId, m.Year, $"batch {m.BatchId}", context.CancellationToken);
    }

    protected override void Committed(ConsumeContext<ActivityBatchRecorded> context) => signal.Notify();
}

/// <summary>A new default release: every inventory computed so far is recomputed against it (older versions stay).</summary>
public sealed class FactorReleasePublishedConsumer(AccountingDb db, FactorReleaseSource releases, RecomputeSignal signal)
    : InboxConsumer<FactorReleasePublished, AccountingDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<FactorReleasePublished> context)
    {
        if (!context.Message.IsDefault) return; // a release that is not the default changes no inventory
        releases.DefaultChanged();
        // Recorded in the database, so every replica computes with it; an older event arriving late changes nothing.
        if (!await CurrentRelease.RecordAsync(Db, context.Message, context.CancellationToken)) return;
        var parkYears = await Db.Inventories.Select(i => new { i.ParkId, i.Year }).Distinct().ToListAsync(context.CancellationToken);
        foreach (var py in parkYears)
            await Demands.RequestAsync(Db, py.ParkId, py.Year, $"release {context.Message.Release}", context.CancellationToken);
    }

    protected override void Committed(ConsumeContext<FactorReleasePublished> context) => signal.Notify();
}

public static class Demands
{
    public static async Task RequestAsync(AccountingDb db, Guid parkId, int year, string reason, CancellationToken ct)
    {
        var demand = await db.Demands.FindAsync([parkId, year], ct);
        if (demand is null) db.Demands.Add(new RecomputeDemand { ParkId = parkId, Year = year, RequestedAt = DateTime.UtcNow, Reason = reason });
        else
        {
            demand.RequestedAt = DateTime.UtcNow;
            demand.Reason = reason;
        }
    }
}

public sealed class RecomputeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount > 0) return;
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
