namespace CarbonPlatform.ActivityData.Boundary;

/// <summary>The emission sources of a park's enterprises; each belongs to an enterprise of the same park.</summary>
public static class Sources
{
    public static async Task<IResult> Register(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var caller = http.Caller();
        var (park, refusal) = await parks.ForWritingAsync(caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var (request, errors) = BoundaryRequests.ReadSource(body);
        if (request is null) return Problems.Invalid(errors, "The emission source is invalid; nothing was registered.");
        if (!await db.Enterprises.AnyAsync(e => e.ParkId == park!.ParkId && e.Id == request.EnterpriseId, ct))
            return Problems.Invalid("enterpriseId", "unknown-enterprise", $"'{request.EnterpriseId}' is not an enterprise of this park.");
        var source = new EmissionSource
        {
            Id = Guid.NewGuid(), ParkId = park!.ParkId, EnterpriseId = request.EnterpriseId, Name = request.Name, Kind = request.Kind,
            Unit = request.Unit, Metered = request.Metered, CreatedBy = caller.Subject, CreatedAt = DateTime.UtcNow,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/parks/{parkId}/emission-sources/{source.Id}", View(source));
    }

    public static async Task<IResult> List(Guid parkId, int? limit, string? cursor, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var caller = http.Caller();
        var (_, refusal) = caller.IsEnterprise
            ? await parks.ForEnterpriseAsync(caller, parkId, writing: false, ct)
            : await parks.ForReadingAsync(caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var query = db.Sources.AsNoTracking().Where(s => s.ParkId == parkId);
        if (caller.IsEnterprise) query = query.Where(s => s.EnterpriseId == caller.EnterpriseId);
        if (page.After is { } after) query = query.After(s => s.CreatedAt, s => s.Id, after.At, after.Id);
        var list = page.Finish(await query.OrderByKey(s => s.CreatedAt, s => s.Id).Take(page.Fetch).ToListAsync(ct),
            s => new TimeKey(s.CreatedAt, s.Id), View);
        return Results.Ok(new SourceList(parkId, list.Items, list.NextCursor));
    }

    private static SourceView View(EmissionSource s) =>
        new(s.Id, s.EnterpriseId, s.Name, s.Kind, s.Unit, s.Metered, s.CreatedBy, DateTime.SpecifyKind(s.CreatedAt, DateTimeKind.Utc));
}
