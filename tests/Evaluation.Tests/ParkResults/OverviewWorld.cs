using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Overview;
using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>Stored evaluations as the recorder writes them, and the callers who read the overview.</summary>
public static class OverviewWorld
{
    public static StoredEvaluation Evaluated(Guid park, string region, int year, string? grade, DateTime at, int inventoryVersion = 1,
        double? intensity = null, string name = "园区", Guid? operatorOrg = null, string scheme = "cers-2025-provisional") => new()
    {
        Id = Guid.NewGuid(), ParkId = park, OperatorOrganizationId = operatorOrg ?? Guid.Empty, ParkName = name, ParkRegionCode = region, Year = year,
        Scheme = scheme, SchemeVersion = 1, SchemeStatus = "provisional", Method = "cers-2025", InventoryVersion = inventoryVersion,
        FactorRelease = "cn-2025.1", Grade = grade, Passed = grade is not null, Ratio12 = intensity, Intensity = intensity, Emissions = 100,
        Neutralisation = 40, ResultJson = "{}", InputsJson = "{}", CreatedBy = "test", CreatedAt = at,
    };

    public static Caller Authority(string region) =>
        new("authority", Guid.NewGuid(), OrganizationKinds.RegionalAuthority, region, new HashSet<string> { PlatformRoles.AuthorityViewer });

    public static Caller Operator(Guid organization) =>
        new("operator", organization, OrganizationKinds.ParkOperator, null, new HashSet<string> { PlatformRoles.OperatorViewer });

    public static async Task<List<ParkResultRow>> RowsAsync(EvaluationDb db) =>
        [.. db.ParkResults.AsEnumerable().OrderBy(r => r.ParkId).ThenBy(r => r.Year).ThenBy(r => r.Scheme)];

    /// <summary>What a row shows, without the parts that say nothing about correctness.</summary>
    public static string Shown(ParkResultRow r) =>
        $"{r.ParkId}/{r.Year}/{r.Scheme}: {r.EvaluationId} {r.Grade} v{r.InventoryVersion} newest v{r.NewestInventoryVersion}";

    public static Task<int> RebuildAsync(EvaluationDb db) => ParkResultProjection.RebuildAsync(db, default, batch: 3);
}
