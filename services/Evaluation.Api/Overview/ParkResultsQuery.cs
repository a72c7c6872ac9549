using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Tenancy;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>Which stored evaluations a caller may see: the administrator all, an operator its own parks, an authority its region.</summary>
public static class ParkResultsQuery
{
    public static IQueryable<StoredEvaluation> VisibleTo(this IQueryable<StoredEvaluation> evaluations, Caller caller)
    {
        if (caller.IsPlatformAdmin) return evaluations;
        if (caller.IsOperator && caller.OrganizationId is { } org) return evaluations.Where(e => e.OperatorOrganizationId == org);
        if (caller.IsAuthority && RegionCodes.Prefix(caller.RegionCode) is { } prefix) return evaluations.Where(e => e.ParkRegionCode.StartsWith(prefix));
        return evaluations.Where(_ => false);
    }

    /// <summary>AAA first, then down to C, then no grade.</summary>
    public static int GradeRank(string? grade) => grade switch
    {
        "AAA" => 5, "AA" => 4, "A" => 3, "B" => 2, "C" => 1, _ => 0,
    };
}
