using CarbonPlatform.EmissionFactors.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

public static class ReleaseEndpoints
{
    public static RouteGroupBuilder MapReleases(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/factor-releases").WithTags("Emission factors");
        group.MapGet("/", List).WithSummary("Every published factor release, the default marked.");
        group.MapGet("/{name}", Get).WithSummary("One release with the count of its factors by status.");
        group.MapPost("/", PublishRelease.Handle).RequireAuthorization(PlatformPolicies.PlatformAdmin)
            .WithSummary("Publishes a new immutable release (platform administrator); refused whole when any factor is invalid.");
        group.MapPost("/{name}/default", MakeReleaseDefault.Handle).RequireAuthorization(PlatformPolicies.PlatformAdmin)
            .WithSummary("Makes an existing release the default (platform administrator): every inventory is recomputed on it; pinned versions stay readable.");
        return api;
    }

    private static async Task<IResult> List(FactorsDb db, CancellationToken ct) =>
        Results.Ok((await db.Releases.AsNoTracking().OrderBy(r => r.PublishedAt).ToListAsync(ct)).Select(View));

    private static async Task<IResult> Get(string name, FactorsDb db, CancellationToken ct)
    {
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, ct);
        if (release is null) return Problems.NotFound("The release");
        var byStatus = await db.Factors.AsNoTracking().Where(f => f.Release == name)
            .GroupBy(f => f.Status).Select(g => new { status = g.Key, count = g.Count() }).ToListAsync(ct);
        return Results.Ok(new { release = View(release), factorsByStatus = byStatus.ToDictionary(x => x.status, x => x.count) });
    }

    private static object View(ReleaseRecord r) => new
    {
        name = r.Name, description = r.Description, basedOn = r.BasedOn, isDefault = r.IsDefault, factorCount = r.FactorCount,
        publishedBy = r.PublishedBy, publishedAt = DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc),
    };
}
