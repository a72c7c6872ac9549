using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

using CarbonPlatform.ServiceDefaults.OpenApi;
using CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Overview;

public static class ParkResultsEndpoint
{
    private static readonly string[] Sorts = ["grade", "intensity", "ratio12", "ratio123", "name"];

    public static RouteGroupBuilder MapParkResults(this RouteGroupBuilder api)
    {
        api.MapGet("/park-results", Handle).WithTags("Evaluations").WithName("ListParkResults")
            .WithDescription("At most the 20,000 newest evaluations are considered; one result per park, year and scheme.").Answers<ParkResult[]>()
            .WithSummary("The latest result of every park the caller may see (an authority: its whole region), side by side; filter by year, scheme, grade, passed and status (current or stale), sort by grade, intensity, ratio12, ratio123 or name.");
        return api;
    }

    private static async Task<IResult> Handle(HttpContext http, EvaluationDb db, CancellationToken ct, int? year = null, string? scheme = null,
        string? grade = null, bool? passed = null, string? status = null, string sort = "grade", bool descending = true)
    {
        if (!Sorts.Contains(sort)) return Problems.Invalid("sort", "unknown-sort", $"sort must be one of {string.Join(", ", Sorts)}.");
        if (status is not (null or "current" or "stale")) return Problems.Invalid("status", "unknown-status", "status must be current or stale.");
        var query = db.Evaluations.AsNoTracking().VisibleTo(http.Caller());
        if (year is not null) query = query.Where(e => e.Year == year);
        if (scheme is not null) query = query.Where(e => e.Scheme == scheme);
        var all = await query.OrderByDescending(e => e.CreatedAt).Take(20_000).ToListAsync(ct);

        var latest = all.GroupBy(e => (e.ParkId, e.Year, e.Scheme)).Select(g => g.First())
            .Where(e => grade is null || e.Grade == grade)
            .Where(e => passed is null || e.Passed == passed)
            .Where(e => status is null || (status == "stale") == e.Stale);
        Func<StoredEvaluation, object?> key = sort switch
        {
            "intensity" => e => e.Intensity,
            "ratio12" => e => e.Ratio12,
            "ratio123" => e => e.Ratio123,
            "name" => e => e.ParkName,
            _ => e => ParkResultsQuery.GradeRank(e.Grade) * 10 + (e.Passed == true ? 1 : 0),
        };
        var ordered = descending ? latest.OrderByDescending(key) : latest.OrderBy(key);
        return Results.Ok(ordered.Select(e => new ParkResult(e.ParkId, e.ParkName, e.ParkRegionCode, e.Year, e.Scheme, e.SchemeStatus, e.Grade, e.Passed,
            e.ManagementScore, e.Ratio12, e.Ratio123, e.Intensity, e.Stale ? EvaluationStatus.Stale : EvaluationStatus.Current, e.Id, e.InventoryVersion,
            e.FactorRelease, DateTime.SpecifyKind(e.CreatedAt, DateTimeKind.Utc))));
    }
}
