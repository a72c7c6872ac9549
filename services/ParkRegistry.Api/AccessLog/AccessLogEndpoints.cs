using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Parks;
using CarbonPlatform.BuildingBlocks.AccessLog;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

using CarbonPlatform.ServiceDefaults.OpenApi;

namespace CarbonPlatform.ParkRegistry.AccessLog;

/// <summary>A page of the park's access log, newest first.</summary>
public sealed record AccessLogPage(Guid ParkId, int Page, int PageSize, bool HasMore, IReadOnlyList<ParkRead> Entries);

/// <summary>One read of the park's data: when, which service and route, and who (subject, API client, organisation).</summary>
public sealed record ParkRead(DateTime ReadAt, string Service, string Route, string Subject, string? ClientId, Guid? OrganizationId,
    string? OrganizationName, OrganizationKind? OrganizationKind);

public static class AccessLogEndpoints
{
    public const int PageSize = 100;
    /// <summary>(page - 1) × PageSize stays far inside an int: a huge page never wraps round to the first one.</summary>
    public const int MaxPage = 1_000_000;

    public static RouteGroupBuilder MapAccessLog(this RouteGroupBuilder api)
    {
        api.MapGet("/parks/{parkId:guid}/access-log", Read).WithTags("Parks").ExcludeFromAccessLog()
            .WithName("ListParkAccessLog")
            .WithSummary("Who read the park's data in every service (caller, organisation, route, time), newest first: for its operator and the administrator.")
            .WithDescription("Pages of 100 entries; from and to bound the time of the read.").Answers<AccessLogPage>();
        return api;
    }

    private static async Task<IResult> Read(Guid parkId, DateTimeOffset? from, DateTimeOffset? to, int? page, RegistryDb db, HttpContext http,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var park = await db.Parks.AsNoTracking().VisibleTo(caller, db).FirstOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return Problems.NotFound("The park");
        if (!caller.IsPlatformAdmin && !(caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId))
            return Problems.Forbidden("Only the park's operator reads who read its data.");
        if (page is < 1 or > MaxPage) return Problems.Invalid("page", "invalid-page", $"page is from 1 to {MaxPage}.");
        if (from > to) return Problems.Invalid("from", "invalid-range", "from must not be after to.");

        var query = db.ParkAccesses.AsNoTracking().Where(a => a.ParkId == parkId);
        if (from is { } start) query = query.Where(a => a.ReadAt >= start.UtcDateTime);
        if (to is { } end) query = query.Where(a => a.ReadAt <= end.UtcDateTime);
        var number = page ?? 1;
        var reads = await query.OrderByDescending(a => a.ReadAt).ThenByDescending(a => a.Id)
            .Skip((number - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var organizations = reads.Select(r => r.OrganizationId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return Results.Ok(new AccessLogPage(parkId, number, PageSize, reads.Count > PageSize, reads.Take(PageSize).Select(r => new ParkRead(
            DateTime.SpecifyKind(r.ReadAt, DateTimeKind.Utc), r.Service, r.Route, r.Subject, r.ClientId, r.OrganizationId,
            r.OrganizationId is { } id && names.TryGetValue(id, out var name) ? name : null,
            ContractEnums.TryParse<OrganizationKind>(r.OrganizationKind))).ToList()));
    }
}
