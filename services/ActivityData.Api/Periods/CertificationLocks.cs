using CarbonPlatform.Contracts.ActivityData;
using CarbonPlatform.Contracts.Certification;

namespace CarbonPlatform.ActivityData.Periods;

/// <summary>Submission holds the year (whatever state it was in) for that application.</summary>
public sealed class CertificationAppliedConsumer(ActivityDb db) : PeriodHoldConsumer<CertificationApplied>(db)
{
    protected override HoldFact? FactOf(CertificationApplied m, DateTime now) => HoldFactsOf.Applied(m, now);
}

/// <summary>Approval keeps the year held for the certificate's life; a rejection or return releases that application's hold only.</summary>
public sealed class CertificationReviewChangedConsumer(ActivityDb db) : PeriodHoldConsumer<CertificationReviewChanged>(db)
{
    protected override HoldFact? FactOf(CertificationReviewChanged m, DateTime now) => HoldFactsOf.Reviewed(m, now);
}

/// <summary>The issuing body reopened the certified year: its hold ends, and so does any lock the operator set by hand.</summary>
public sealed class CertifiedYearReopenedConsumer(ActivityDb db) : PeriodHoldConsumer<CertifiedYearReopened>(db)
{
    protected override HoldFact? FactOf(CertifiedYearReopened m, DateTime now) => HoldFactsOf.Reopened(m, now);
}

/// <summary>Announces the year's status when its holders change it (held by any application = locked).</summary>
public abstract class PeriodHoldConsumer<TMessage>(ActivityDb db) : HoldFactConsumer<TMessage, ActivityDb>(db) where TMessage : class
{
    protected override async Task RecordedAsync(HoldFact fact, IReadOnlyList<Guid> holdersBefore, IReadOnlyList<Guid> holdersAfter, CancellationToken ct)
    {
        var period = await Db.Periods.FindAsync([fact.ParkId, fact.Year], ct);
        var lockedBefore = period?.Status == PeriodStatuses.Locked || holdersBefore.Count > 0;
        if (fact.Fact == HoldFacts.Reopened && period?.Status == PeriodStatuses.Locked)
            (period.Status, period.LockedBy, period.LockedAt) = (PeriodStatuses.Submitted, null, null);
        var status = PeriodGuard.Effective(period?.Status, holdersAfter);
        if (lockedBefore == (status == PeriodStatuses.Locked)) return;
        var by = fact.Reason ?? $"certification application {fact.ApplicationId} {fact.Fact}";
        Db.AddEvent(new ReportingPeriodChanged(fact.ParkId, fact.Year, status, by, fact.RecordedAt), null);
    }
}
