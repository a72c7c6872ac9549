using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Evaluation.Pathways.Parks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarbonPlatform.Evaluation.Pathways.Outlook;

public static class PathwayOutlookEndpoint
{
    /// <summary>Each park on a page is projected year by year through the engine: pages are short by default.</summary>
    public const int DefaultLimit = 20;

    public static RouteGroupBuilder MapPathwayOutlook(this RouteGroupBuilder api)
    {
        api.MapGet("/park-results/pathways", Handle).WithTags("Pathways").WithName("ListParkPathwayOutlooks")
            .WithSummary("The projected grade by year of every park with a target the caller may see (an authority: its region's parks; the national authority 100000: every park), in pages.")
            .WithDescription("One item per park with a pathway target: the target, and its newest stored scenario projected now against the target and the "
                + "park's current inventory of the baseline year, as GET …/pathway-scenarios/{id} projects it (grade, pass and whether the target is met, per year). "
                + "A park without a stored scenario, or whose scenario cannot be projected (no activity data of the baseline year), says why in unavailable. "
                + $"Filter by regionCode (a region inside the caller's); ordered by park id; limit (default {DefaultLimit}) and cursor.")
            .Answers<Page<ParkPathwayOutlook>>();
        return api;
    }

    private static async Task<IResult> Handle(HttpContext http, EvaluationDb db, IParkDirectory parks, ParkScenarios scenarios, CancellationToken ct,
        int? limit = null, string? cursor = null, string? regionCode = null)
    {
        if (!PageRequest<OutlookKey>.TryRead(limit, cursor, out var page, out var badPage, defaultLimit: DefaultLimit)) return badPage.ToProblem();
        var caller = http.Caller();
        var targets = db.PathwayTargets.AsNoTracking().VisibleTo(caller, t => t.OperatorOrganizationId, t => t.ParkRegionCode);
        if (regionCode is not null)
        {
            if (RegionCodes.Prefix(regionCode) is not { } prefix)
                return Problems.Invalid("regionCode", "invalid-region-code", "regionCode must be a six-digit GB/T 2260 code such as 320000 (100000: the country).");
            if (prefix.Length > 0) targets = targets.Where(t => t.ParkRegionCode.StartsWith(prefix));
        }
        if (page.After is { } after) targets = targets.Where(t => t.ParkId.CompareTo(after.ParkId) > 0);
        var fetched = await targets.OrderBy(t => t.ParkId).Take(page.Fetch).ToListAsync(ct);
        var cut = page.Finish(fetched, t => new OutlookKey(t.ParkId), t => t);

        var outlooks = new List<ParkPathwayOutlook>();
        foreach (var target in cut.Items)
        {
            // The park as the registry knows it now: a park moved out of the caller's region since its target was set is left out.
            var park = await parks.FindAsync(target.ParkId, ct);
            if (park is null || !ParkVisibility.CanRead(caller, park)) continue;
            outlooks.Add(await OutlookOfAsync(db, scenarios, park, target, ct));
        }
        return Results.Ok(new Page<ParkPathwayOutlook>(outlooks, cut.NextCursor));
    }

    private static async Task<ParkPathwayOutlook> OutlookOfAsync(EvaluationDb db, ParkScenarios scenarios, ParkScope park, PathwayTargetRecord target,
        CancellationToken ct)
    {
        var view = ParkTargetEndpoints.View(target);
        var newest = await db.PathwayScenarios.AsNoTracking().Where(s => s.ParkId == park.ParkId)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (newest is null)
            return new(park.ParkId, park.Name, park.RegionCode, view, null, null, [], null, null,
                new OutlookGap("no-scenario", "The park has no stored scenario: its operator has not planned a pathway yet."));
        var (projected, refusal) = await scenarios.ProjectAsync(park, newest, ct);
        if (projected is null)
            return new(park.ParkId, park.Name, park.RegionCode, view, newest.Id, newest.Name, [], null, null, GapOf(refusal!));
        var p = projected.Projection;
        var years = p.Years.Select(y => new OutlookYear(y.Year, y.Grade, y.Passed, y.AtTarget, y.Totals.GrossMarket, y.Totals.Neutralisation)).ToList();
        return new(park.ParkId, park.Name, park.RegionCode, view, newest.Id, newest.Name, years, p.ReachesTarget, p.FirstYearAtTarget, null);
    }

    /// <summary>The first error of the problem the projection answered (its code and message), as the reason.</summary>
    private static OutlookGap GapOf(Refusal refusal) => refusal.Errors is [var first, ..]
        ? new OutlookGap(first.Code, first.Message)
        : new OutlookGap("not-projectable", refusal.Title);
}
