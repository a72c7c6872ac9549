using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Periods;

/// <summary>On certification submission the year behind the evaluation is locked, whatever state it was in.</summary>
public sealed class CertificationAppliedConsumer(ActivityDb db) : InboxConsumer<CertificationApplied, ActivityDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationApplied> context)
    {
        var m = context.Message;
        var period = await Db.Periods.FirstOrDefaultAsync(p => p.ParkId == m.ParkId && p.Year == m.Year, context.CancellationToken);
        if (period?.Status == PeriodStatuses.Locked) return;
        if (period is null) Db.Periods.Add(period = new PeriodState { ParkId = m.ParkId, Year = m.Year, Status = PeriodStatuses.Locked });
        var by = $"certification application {m.ApplicationId}";
        (period.Status, period.LockedBy, period.LockedAt, period.LockedByApplicationId) = (PeriodStatuses.Locked, by, DateTime.UtcNow, m.ApplicationId);
        Db.AddEvent(new ReportingPeriodChanged(m.ParkId, m.Year, PeriodStatuses.Locked, by, period.LockedAt.Value), null);
    }
}

/// <summary>A rejected application releases the year its submission locked, so the park can correct its data.</summary>
public sealed class CertificationReviewChangedConsumer(ActivityDb db) : InboxConsumer<CertificationReviewChanged, ActivityDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<CertificationReviewChanged> context)
    {
        var m = context.Message;
        if (m.Status != "rejected") return;
        var period = await Db.Periods.FirstOrDefaultAsync(p => p.ParkId == m.ParkId && p.Year == m.Year && p.LockedByApplicationId == m.ApplicationId,
            context.CancellationToken);
        if (period is null) return;
        (period.Status, period.LockedBy, period.LockedAt, period.LockedByApplicationId) = (PeriodStatuses.Open, null, null, null);
        Db.AddEvent(new ReportingPeriodChanged(m.ParkId, m.Year, PeriodStatuses.Open, $"certification application {m.ApplicationId} rejected", DateTime.UtcNow), null);
    }
}
