using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Evaluation.Overview;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>Every recorded fact also refreshes the park-year's certification status in the overview (same transaction).</summary>
public abstract class OverviewHoldFactConsumer<TMessage>(EvaluationDb db) : HoldFactConsumer<TMessage, EvaluationDb>(db) where TMessage : class
{
    protected override Task RecordedAsync(HoldFact fact, IReadOnlyList<Guid> holdersBefore, IReadOnlyList<Guid> holdersAfter, CancellationToken ct) =>
        ParkResultCertification.RefreshAsync(Db, fact.ParkId, fact.Year, ct);
}

/// <summary>The evaluation an application names is held on submission (it is not re-run meanwhile).</summary>
public sealed class CertificationAppliedConsumer(EvaluationDb db) : OverviewHoldFactConsumer<CertificationApplied>(db)
{
    protected override HoldFact? FactOf(CertificationApplied m, DateTime now) => HoldFactsOf.Applied(m, now);
}

/// <summary>
/// A rejection or return releases that application's hold only; an approval keeps the evaluation held for good, as the
/// certificate's record, whatever else arrives and in whatever order.
/// </summary>
public sealed class CertificationReviewChangedConsumer(EvaluationDb db) : OverviewHoldFactConsumer<CertificationReviewChanged>(db)
{
    protected override HoldFact? FactOf(CertificationReviewChanged m, DateTime now) => HoldFactsOf.Reviewed(m, now);
}

/// <summary>Recorded for the history; a reopened year's certificate still rests on this evaluation, which stays held.</summary>
public sealed class CertifiedYearReopenedConsumer(EvaluationDb db) : OverviewHoldFactConsumer<CertifiedYearReopened>(db)
{
    protected override HoldFact? FactOf(CertifiedYearReopened m, DateTime now) => HoldFactsOf.Reopened(m, now);
}
