using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.BuildingBlocks.CertificationHolds;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>The evaluation an application names is held on submission (it is not re-run meanwhile).</summary>
public sealed class CertificationAppliedConsumer(EvaluationDb db) : HoldFactConsumer<CertificationApplied, EvaluationDb>(db)
{
    protected override HoldFact? FactOf(CertificationApplied m, DateTime now) => HoldFactsOf.Applied(m, now);
}

/// <summary>
/// A rejection or return releases that application's hold only; an approval keeps the evaluation held for good, as the
/// certificate's record, whatever else arrives and in whatever order.
/// </summary>
public sealed class CertificationReviewChangedConsumer(EvaluationDb db) : HoldFactConsumer<CertificationReviewChanged, EvaluationDb>(db)
{
    protected override HoldFact? FactOf(CertificationReviewChanged m, DateTime now) => HoldFactsOf.Reviewed(m, now);
}

/// <summary>Recorded for the history; a reopened year's certificate still rests on this evaluation, which stays held.</summary>
public sealed class CertifiedYearReopenedConsumer(EvaluationDb db) : HoldFactConsumer<CertifiedYearReopened, EvaluationDb>(db)
{
    protected override HoldFact? FactOf(CertifiedYearReopened m, DateTime now) => HoldFactsOf.Reopened(m, now);
}
