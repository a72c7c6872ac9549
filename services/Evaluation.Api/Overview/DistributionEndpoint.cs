using System.Linq.Expressions;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>How many results have each grade, and the same per child region, with the region's emissions and neutralisation.</summary>
public sealed record RegionDistribution(string RegionCode, int ChildDigits, RegionFigures Total, IReadOnlyList<ChildRegion> Children);

public sealed record ChildRegion(string RegionCode, RegionFigures Figures);

/// <summary>
/// Counts of results (one per park with a year and scheme given) by grade ("none": no grade), by status, by certification
/// (none, pending, certified, reopened), and sums, t.
/// </summary>
public sealed record RegionFigures(int Parks, IReadOnlyDictionary<string, int> Grades, int Passed, int Failed, int Current, int Stale,
    double Emissions, double Neutralisation, IReadOnlyDictionary<string, int> Certification);

public static class DistributionEndpoint
{
    public static RouteGroupBuilder MapParkResultDistribution(this RouteGroupBuilder api)
    {
        api.MapGet("/park-results/distribution", Handle).WithTags("Evaluations").WithName("GetParkResultDistribution")
            .WithSummary("Counts by grade, pass, status (current or stale) and certification, with total emissions and neutralisation, of the caller's region and per child region.")
            .WithDescription("The region is regionCode (drill down: a province's prefectures, a prefecture's counties) or, by default, the caller's own (the "
                + "country, 100000, for the administrator and the national authority). Children are provinces of the country, prefectures of a province, "
                + "counties of a prefecture. Counted in the database over the overview's read model, with the overview's filters; only parks the caller may see.")
            .Answers<RegionDistribution>().WithEnumQuery<CarbonPlatform.Evaluation.Evaluations.EvaluationStatus>("status");
        return api;
    }

    private static async Task<IResult> Handle(HttpContext http, EvaluationDb db, CancellationToken ct, int? year = null, string? scheme = null,
        string? grade = null, bool? passed = null, string? status = null, string? regionCode = null, string? text = null,
        string? certification = null)
    {
        var caller = http.Caller();
        var region = regionCode ?? (caller.IsAuthority && caller.RegionCode is { } own ? own : RegionCodes.National);
        if (ParkResultsEndpoint.ReadFilter(year, scheme, grade, passed, status, region, text, certification, out var filter) is { } invalid) return invalid.ToProblem();
        return Results.Ok(await OfAsync(db.ParkResults.AsNoTracking().VisibleTo(caller).Filtered(filter), region, ct));
    }

    /// <summary>The distribution of these rows (already visible and filtered) over the children of <paramref name="region"/>.</summary>
    public static async Task<RegionDistribution> OfAsync(IQueryable<ParkResultRow> rows, string region, CancellationToken ct)
    {
        var digits = RegionCodes.ChildDigits(region)!.Value;
        var prefix = RegionCodes.Prefix(region)!;
        rows = rows.InRegion(prefix);
        var groups = await Grouped(rows, digits).ToListAsync(ct);
        var children = groups.GroupBy(g => g.Child).OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ChildRegion(RegionCodes.ChildCode(c.Key, digits), FiguresOf(c))).ToList();
        return new RegionDistribution(region, digits, FiguresOf(groups), children);
    }

    /// <summary>The rows counted and summed per child region (the first <paramref name="digits"/> digits), grade and pass, in the database.</summary>
    public static IQueryable<RegionGroup> Grouped(IQueryable<ParkResultRow> rows, int digits) => GroupedBy(rows, RegionLevels.ChildOf(digits),
        (r, child) => new { Child = child, r.Grade, r.Passed, r.Certification },
        g => new RegionGroup(g.Key.Child, g.Key.Grade, g.Key.Passed, g.Key.Certification, g.Count(), g.Count(r => r.NewestInventoryVersion > r.InventoryVersion),
            g.Sum(r => r.Emissions) ?? 0, g.Sum(r => r.Neutralisation) ?? 0));

    /// <summary>Groups by a key naming the child region through <paramref name="childOf"/>'s column (an equality, no substring).</summary>
    private static IQueryable<RegionGroup> GroupedBy<TKey>(IQueryable<ParkResultRow> rows, Expression<Func<ParkResultRow, string>> childOf,
        Expression<Func<ParkResultRow, string, TKey>> key, Expression<Func<IGrouping<TKey, ParkResultRow>, RegionGroup>> counted)
    {
        var row = key.Parameters[0];
        var child = new Substitute(childOf.Parameters[0], row).Visit(childOf.Body);
        var body = new Substitute(key.Parameters[1], child).Visit(key.Body);
        return rows.GroupBy(Expression.Lambda<Func<ParkResultRow, TKey>>(body, row)).Select(counted);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    private static RegionFigures FiguresOf(IEnumerable<RegionGroup> groups)
    {
        var all = groups.ToList();
        var parks = all.Sum(g => g.Count);
        var stale = all.Sum(g => g.Stale);
        return new(parks, all.GroupBy(g => g.Grade ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            all.Where(g => g.Passed == true).Sum(g => g.Count), all.Where(g => g.Passed == false).Sum(g => g.Count), parks - stale, stale,
            all.Sum(g => g.Emissions), all.Sum(g => g.Neutralisation),
            all.GroupBy(g => g.Certification).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

}

public sealed record RegionGroup(string Child, string? Grade, bool? Passed, string Certification, int Count, int Stale, double Emissions, double Neutralisation);
