using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;


namespace CarbonPlatform.EmissionFactors.Releases;

public static class ReleaseEndpoints
{
    public static RouteGroupBuilder MapReleases(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/factor-releases").WithTags("Emission factors");
        group.MapGet("/", List).WithName("ListFactorReleases").WithSummary("Every published factor release, the default marked.")
            .WithDescription("Oldest first, in pages (limit, cursor).").Answers<Page<ReleaseView>>();
        group.MapGet("/{name}", Get).WithName("GetFactorRelease").WithSummary("One release with the count of its factors by status.")
            .WithDescription("name is the release's name, e.g. cn-2025.1.").Answers<ReleaseDetail>();
        group.MapPost("/", PublishRelease.Handle).RequireAuthorization(PlatformPolicies.PlatformAdmin).WithName("PublishFactorRelease")
            .WithSummary("Publishes a new immutable release (platform administrator); refused whole when any factor is invalid.")
            .WithDescription("Factors as JSON or the reference-data CSV files keyed by file name, optionally on top of basedOn. A taken name is 409. FactorReleasePublished is published.")
            .Answers<PublishedRelease>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        group.MapPost("/{name}/default", MakeReleaseDefault.Handle).RequireAuthorization(PlatformPolicies.PlatformAdmin).WithName("MakeFactorReleaseDefault")
            .WithSummary("Makes an existing release the default (platform administrator): every inventory is recomputed on it; pinned versions stay readable.")
            .WithDescription("Idempotent: changed is false when the release already was the default. DefaultFactorReleaseChanged is published.").Answers<DefaultReleaseView>();
        return api;
    }

    private static async Task<IResult> List(int? limit, string? cursor, FactorsDb db, CancellationToken ct)
    {
        if (!PageRequest<NamedTimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var releases = db.Releases.AsNoTracking();
        if (page.After is { } after) releases = releases.After(r => r.PublishedAt, r => r.Name, after.At, after.Name);
        var fetched = await releases.OrderByKey(r => r.PublishedAt, r => r.Name).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(fetched, r => new NamedTimeKey(r.PublishedAt, r.Name), View));
    }

    private static async Task<IResult> Get(string name, FactorsDb db, CancellationToken ct)
    {
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, ct);
        if (release is null) return Problems.NotFound("The release");
        var byStatus = await db.Factors.AsNoTracking().Where(f => f.Release == name)
            .GroupBy(f => f.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        return Results.Ok(new ReleaseDetail(View(release), byStatus.ToDictionary(x => x.Status, x => x.Count)));
    }

    private static ReleaseView View(ReleaseRecord r) =>
        new(r.Name, r.Description, r.BasedOn, r.IsDefault, r.FactorCount, r.PublishedBy, DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc));
}
