using System.Linq.Expressions;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>
/// Keeps <see cref="ParkResultRow"/> from the evaluations: every write is an upsert guarded by the database, so replicas,
/// redeliveries and events in any order leave each row showing the newest evaluation (by time, then id) and the newest
/// inventory version heard of. Applying the same evaluation twice, or an older one after a newer, changes nothing.
/// </summary>
public static class ParkResultProjection
{
    /// <summary>What a row needs of an evaluation (no JSON documents), read in the database.</summary>
    public static readonly Expression<Func<StoredEvaluation, EvaluationFacts>> Facts = e => new EvaluationFacts(
        e.Id, e.ParkId, e.OperatorOrganizationId, e.ParkName, e.ParkRegionCode, e.Year, e.Scheme, e.SchemeStatus, e.Method, e.Grade,
        e.Passed, e.ManagementScore, e.Ratio12, e.Ratio123, e.Intensity, e.Emissions, e.Neutralisation, e.InventoryVersion,
        e.FactorRelease, e.NewerInventoryVersion, e.NewerFactorRelease, e.CreatedAt);

    public static async Task ApplyAsync(EvaluationDb db, Guid evaluationId, CancellationToken ct)
    {
        var facts = await db.Evaluations.AsNoTracking().Where(e => e.Id == evaluationId).Select(Facts).FirstOrDefaultAsync(ct);
        if (facts is not null) await ApplyAsync(db, facts, ct);
    }

    public static async Task ApplyAsync(EvaluationDb db, EvaluationFacts e, CancellationToken ct)
    {
        var rank = GradeRank(e.Grade, e.Passed);
        var (province, prefecture) = (RegionLevels.Province(e.ParkRegionCode), RegionLevels.Prefecture(e.ParkRegionCode));
        for (var attempt = 0; ; attempt++)
        {
            var replaced = await db.ParkResults
                .Where(r => r.ParkId == e.ParkId && r.Year == e.Year && r.Scheme == e.Scheme
                    && (r.EvaluatedAt < e.CreatedAt || (r.EvaluatedAt == e.CreatedAt && r.EvaluationId.CompareTo(e.Id) < 0)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.EvaluationId, e.Id).SetProperty(r => r.EvaluatedAt, e.CreatedAt)
                    .SetProperty(r => r.OperatorOrganizationId, e.OperatorOrganizationId).SetProperty(r => r.ParkName, e.ParkName)
                    .SetProperty(r => r.ParkRegionCode, e.ParkRegionCode).SetProperty(r => r.ProvinceCode, province)
                    .SetProperty(r => r.PrefectureCode, prefecture).SetProperty(r => r.Method, e.Method)
                    .SetProperty(r => r.SchemeStatus, e.SchemeStatus).SetProperty(r => r.Grade, e.Grade).SetProperty(r => r.GradeRank, rank)
                    .SetProperty(r => r.Passed, e.Passed).SetProperty(r => r.ManagementScore, e.ManagementScore)
                    .SetProperty(r => r.Ratio12, e.Ratio12).SetProperty(r => r.Ratio123, e.Ratio123).SetProperty(r => r.Intensity, e.Intensity)
                    .SetProperty(r => r.Emissions, e.Emissions).SetProperty(r => r.Neutralisation, e.Neutralisation)
                    .SetProperty(r => r.InventoryVersion, e.InventoryVersion).SetProperty(r => r.FactorRelease, e.FactorRelease), ct);
            if (replaced > 0) break;
            // No older row to replace: either this evaluation (or a newer one) is shown already, or there is no row yet.
            if (await db.ParkResults.AnyAsync(r => r.ParkId == e.ParkId && r.Year == e.Year && r.Scheme == e.Scheme, ct)) break;
            var row = RowOf(e, rank);
            db.ParkResults.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt == 0 && db.Database.CurrentTransaction is null)
            {
                // Another replica inserted the row between the check and the insert (the key refused ours): compare again.
                db.Entry(row).State = EntityState.Detached;
            }
        }
        await RaiseNewestInventoryAsync(db, e.ParkId, e.Year, e.Method, e.NewerInventoryVersion ?? e.InventoryVersion,
            e.NewerFactorRelease ?? e.FactorRelease, ct);
        // A row inserted after the park-year's hold facts were recorded learns its certification here.
        await ParkResultCertification.RefreshAsync(db, e.ParkId, e.Year, ct);
    }

    /// <summary>A newer inventory version of the park-year and method: the rows resting on an older one become stale. Only raises.</summary>
    public static Task<int> RaiseNewestInventoryAsync(EvaluationDb db, Guid parkId, int year, string method, int version, string factorRelease,
        CancellationToken ct) =>
        db.ParkResults.Where(r => r.ParkId == parkId && r.Year == year && r.Method == method && r.NewestInventoryVersion < version)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.NewestInventoryVersion, version).SetProperty(r => r.NewestFactorRelease, factorRelease), ct);

    /// <summary>
    /// Applies the newest evaluation of every park, year and scheme, in batches; rows already right are left as they are, so
    /// a rebuild may run beside the consumers and on several replicas at once.
    /// </summary>
    public static async Task<int> RebuildAsync(EvaluationDb db, CancellationToken ct, int batch = 500)
    {
        var applied = 0;
        Guid? after = null;
        while (true)
        {
            var newest = db.Evaluations.AsNoTracking().Where(e => !db.Evaluations.Any(o => o.ParkId == e.ParkId && o.Year == e.Year
                && o.Scheme == e.Scheme && (o.CreatedAt > e.CreatedAt || (o.CreatedAt == e.CreatedAt && o.Id.CompareTo(e.Id) > 0))));
            if (after is { } last) newest = newest.Where(e => e.Id.CompareTo(last) > 0);
            var page = await newest.OrderBy(e => e.Id).Take(batch).Select(Facts).ToListAsync(ct);
            foreach (var e in page) await ApplyAsync(db, e, ct);
            applied += page.Count;
            if (page.Count < batch) return applied;
            after = page[^1].Id;
        }
    }

    /// <summary>AAA first, then down to C, then no grade; a passed result above a failed one of the same grade.</summary>
    public static int GradeRank(string? grade, bool? passed) => (grade switch
    {
        "AAA" => 5, "AA" => 4, "A" => 3, "B" => 2, "C" => 1, _ => 0,
    }) * 10 + (passed == true ? 1 : 0);

    private static ParkResultRow RowOf(EvaluationFacts e, int rank) => new()
    {
        ParkId = e.ParkId, Year = e.Year, Scheme = e.Scheme, OperatorOrganizationId = e.OperatorOrganizationId, ParkName = e.ParkName,
        ParkRegionCode = e.ParkRegionCode, ProvinceCode = RegionLevels.Province(e.ParkRegionCode),
        PrefectureCode = RegionLevels.Prefecture(e.ParkRegionCode), EvaluationId = e.Id, EvaluatedAt = e.CreatedAt, Method = e.Method, SchemeStatus = e.SchemeStatus,
        Grade = e.Grade, GradeRank = rank, Passed = e.Passed, ManagementScore = e.ManagementScore, Ratio12 = e.Ratio12, Ratio123 = e.Ratio123,
        Intensity = e.Intensity, Emissions = e.Emissions, Neutralisation = e.Neutralisation, InventoryVersion = e.InventoryVersion,
        FactorRelease = e.FactorRelease, NewestInventoryVersion = e.InventoryVersion, NewestFactorRelease = e.FactorRelease,
        Certification = ParkResultCertification.None, CertificationFacts = 0,
    };
}

public sealed record EvaluationFacts(Guid Id, Guid ParkId, Guid OperatorOrganizationId, string ParkName, string ParkRegionCode, int Year,
    string Scheme, string SchemeStatus, string Method, string? Grade, bool? Passed, double? ManagementScore, double? Ratio12, double? Ratio123,
    double? Intensity, double? Emissions, double? Neutralisation, int InventoryVersion, string FactorRelease, int? NewerInventoryVersion,
    string? NewerFactorRelease, DateTime CreatedAt);
