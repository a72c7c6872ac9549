using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.Contracts.EmissionFactors;
using CarbonPlatform.EmissionFactors.Client;
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

/// <summary>A new release published as the default: every inventory computed so far is recomputed (older versions stay).</summary>
public sealed class FactorReleasePublishedConsumer(AccountingDb db, FactorReleaseSource releases, RecomputeSignal signal)
    : InboxConsumer<FactorReleasePublished, AccountingDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<FactorReleasePublished> context)
    {
        if (!context.Message.IsDefault) return; // a release that is not the default changes no inventory
        releases.DefaultChanged();
        await Demands.RequestEveryParkYearAsync(Db, $"release {context.Message.Release}", context.CancellationToken);
    }

    protected override void Committed(ConsumeContext<FactorReleasePublished> context) => signal.Notify();
}

/// <summary>
/// An existing release made the default: every inventory is recomputed. The demand does not carry the release: the
/// run asks the factors service which release is the default then, so events handled in any order (or by another
/// replica) still end on the default in force.
/// </summary>
public sealed class DefaultFactorReleaseChangedConsumer(AccountingDb db, FactorReleaseSource releases, RecomputeSignal signal)
    : InboxConsumer<DefaultFactorReleaseChanged, AccountingDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<DefaultFactorReleaseChanged> context)
    {
        releases.DefaultChanged();
        await Demands.RequestEveryParkYearAsync(Db, $"default release {context.Message.Release}", context.CancellationToken);
    }

    protected override void Committed(ConsumeContext<DefaultFactorReleaseChanged> context) => signal.Notify();
}

public static class Demands
{
    public static async Task RequestEveryParkYearAsync(AccountingDb db, string reason, CancellationToken ct)
    {
        var parkYears = await db.Inventories.Select(i => new { i.ParkId, i.Year }).Distinct().ToListAsync(ct);
        foreach (var py in parkYears) await RequestAsync(db, py.ParkId, py.Year, reason, ct);
    }

    public static async Task RequestAsync(AccountingDb db, Guid parkId, int year, string reason, CancellationToken ct)
    {
        var demand = await db.Demands.FindAsync([parkId, year], ct);
        var now = DateTime.UtcNow;
        if (demand is null) db.Demands.Add(new RecomputeDemand { ParkId = parkId, Year = year, RequestedAt = now, FirstRequestedAt = now, Reason = reason });
        else
        {
            demand.RequestedAt = now;
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
