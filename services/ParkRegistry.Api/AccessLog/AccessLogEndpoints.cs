using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Parks;
using Microsoft.EntityFrameworkCore;


namespace CarbonPlatform.ParkRegistry.AccessLog;

/// <summary>
/// One read of the park's data: when, which service and route, and who (subject, API client, organisation). The kind is
/// the organisation kind's name, null for a caller without one; the contract declares it as <see cref="OrganizationKind"/>
/// (a nullable enum-typed property would put null among the values of the shared enum schema).
/// </summary>
public sealed record ParkRead(DateTime ReadAt, string Service, string Route, string Subject, string? ClientId, Guid? OrganizationId,
    string? OrganizationName, string? OrganizationKind);

public static class AccessLogEndpoints
{
    public static RouteGroupBuilder MapAccessLog(this RouteGroupBuilder api)
    {
        api.MapGet("/parks/{parkId:guid}/access-log", Read).WithTags("Parks").ExcludeFromAccessLog()
            .WithName("ListParkAccessLog")
            .WithSummary("Who read the park's data in every service (caller, organisation, route, time), newest first: for its operator and the administrator.")
            .WithDescription("In pages (limit, cursor), newest first; from and to bound the time of the read.").Answers<Page<ParkRead>>();
        return api;
    }

    private static async Task<IResult> Read(Guid parkId, DateTimeOffset? from, DateTimeOffset? to, int? limit, string? cursor, RegistryDb db,
        HttpContext http, CancellationToken ct)
    {
        var caller = http.Caller();
        var park = await db.Parks.AsNoTracking().VisibleTo(caller, db).FirstOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return Problems.NotFound("The park");
        if (!caller.IsPlatformAdmin && !(caller.IsOperator && caller.OrganizationId == park.OperatorOrganizationId))
            return Problems.Forbidden("Only the park's operator reads who read its data.");
        if (!PageRequest<SequenceKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (from > to) return Problems.Invalid("from", "invalid-range", "from must not be after to.");

        var query = db.ParkAccesses.AsNoTracking().Where(a => a.ParkId == parkId);
        if (from is { } start) query = query.Where(a => a.ReadAt >= start.UtcDateTime);
        if (to is { } end) query = query.Where(a => a.ReadAt <= end.UtcDateTime);
        // Newest recorded first: the id grows with every entry written, whichever replica's clock stamped it.
        if (page.After is { } after) query = query.Where(a => a.Id < after.Sequence);
        var reads = await query.OrderByDescending(a => a.Id).Take(page.Fetch).ToListAsync(ct);
        var organizations = reads.Select(r => r.OrganizationId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return Results.Ok(page.Finish(reads, r => new SequenceKey(r.Id), r => new ParkRead(
            DateTime.SpecifyKind(r.ReadAt, DateTimeKind.Utc), r.Service, r.Route, r.Subject, r.ClientId, r.OrganizationId,
            r.OrganizationId is { } id && names.TryGetValue(id, out var name) ? name : null,
            ContractEnums.TryParse<OrganizationKind>(r.OrganizationKind) is null ? null : r.OrganizationKind)));
    }
}
