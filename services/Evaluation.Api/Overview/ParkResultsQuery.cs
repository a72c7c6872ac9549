using CarbonPlatform.BuildingBlocks.CertificationHolds;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Evaluations;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>Which overview rows a caller may see and asked for, as filters the database applies.</summary>
public static class ParkResultsQuery
{
    public static IQueryable<StoredEvaluation> VisibleTo(this IQueryable<StoredEvaluation> evaluations, Caller caller) =>
        evaluations.VisibleTo(caller, e => e.OperatorOrganizationId, e => e.ParkRegionCode);

    /// <summary>The administrator sees every row, an operator its own parks', an authority its region's (the national authority all).</summary>
    public static IQueryable<ParkResultRow> VisibleTo(this IQueryable<ParkResultRow> rows, Caller caller) =>
        rows.VisibleTo(caller, r => r.OperatorOrganizationId, r => r.ParkRegionCode);

    public static IQueryable<ParkResultRow> Filtered(this IQueryable<ParkResultRow> rows, ParkResultFilter f)
    {
        if (f.Year is { } year) rows = rows.Where(r => r.Year == year);
        if (f.Scheme is { } scheme) rows = rows.Where(r => r.Scheme == scheme);
        if (f.Grade is { } grade) rows = rows.Where(r => r.Grade == grade);
        if (f.Passed is { } passed) rows = rows.Where(r => r.Passed == passed);
        if (f.Status == "stale") rows = rows.Where(r => r.NewestInventoryVersion > r.InventoryVersion);
        if (f.Status == "current") rows = rows.Where(r => r.NewestInventoryVersion <= r.InventoryVersion);
        if (f.RegionPrefix is { Length: > 0 } prefix) rows = rows.Where(r => r.ParkRegionCode.StartsWith(prefix));
        if (f.Text is { } text)
            rows = text.All(char.IsAsciiDigit) ? rows.Where(r => r.ParkRegionCode.StartsWith(text) || r.ParkName.Contains(text))
                : rows.Where(r => r.ParkName.Contains(text));
        return rows;
    }

    /// <summary>Where certification stands for each park-year on a page, from the hold facts (order-independent by construction).</summary>
    public static async Task<Dictionary<(Guid ParkId, int Year), ParkCertification>> CertificationOfAsync(EvaluationDb db,
        IReadOnlyCollection<ParkResultRow> rows, CancellationToken ct)
    {
        var parks = rows.Select(r => r.ParkId).Distinct().ToList();
        var years = rows.Select(r => r.Year).Distinct().ToList();
        var facts = await db.Set<HoldFact>().AsNoTracking().Where(f => parks.Contains(f.ParkId) && years.Contains(f.Year)).ToListAsync(ct);
        return facts.GroupBy(f => (f.ParkId, f.Year)).ToDictionary(g => g.Key, g => CertificationOf(g));
    }

    /// <summary>Certified while some application of the year is certified and not reopened; reopened; pending; or none.</summary>
    public static ParkCertification CertificationOf(IEnumerable<HoldFact> facts)
    {
        var applications = facts.GroupBy(f => f.ApplicationId).Select(g => g.Select(f => f.Fact).ToHashSet()).ToList();
        if (applications.Any(a => a.Contains(HoldFacts.Certified) && !a.Contains(HoldFacts.Reopened))) return ParkCertification.Certified;
        if (applications.Any(a => a.Contains(HoldFacts.Reopened))) return ParkCertification.Reopened;
        if (applications.Any(a => a.Contains(HoldFacts.Applied) && !a.Contains(HoldFacts.Released))) return ParkCertification.Pending;
        return ParkCertification.None;
    }
}

/// <summary>The overview's filters; <see cref="RegionPrefix"/> is the significant digits of a requested region ("" for the country).</summary>
public sealed record ParkResultFilter(int? Year, string? Scheme, string? Grade, bool? Passed, string? Status, string? RegionPrefix, string? Text);
