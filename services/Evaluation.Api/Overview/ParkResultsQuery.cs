using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.BuildingBlocks.Tenancy;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>Which stored evaluations a caller may see: the administrator all, an operator its own parks, an authority its region.</summary>
public static class ParkResultsQuery
{
    public static IQueryable<StoredEvaluation> VisibleTo(this IQueryable<StoredEvaluation> evaluations, Caller caller) =>
        evaluations.VisibleTo(caller, e => e.OperatorOrganizationId, e => e.ParkRegionCode);

    /// <summary>AAA first, then down to C, then no grade.</summary>
    public static int GradeRank(string? grade) => grade switch
    {
        "AAA" => 5, "AA" => 4, "A" => 3, "B" => 2, "C" => 1, _ => 0,
    };
}
