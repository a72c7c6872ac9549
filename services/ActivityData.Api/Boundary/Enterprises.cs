namespace CarbonPlatform.ActivityData.Boundary;

/// <summary>The enterprises of a park's boundary: those who may write the park register them, those who may read it list them.</summary>
public static class Enterprises
{
    public static async Task<IResult> Register(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var caller = http.Caller();
        var (park, refusal) = await parks.ForWritingAsync(caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var (request, errors) = BoundaryRequests.ReadEnterprise(body);
        if (request is null) return Problems.Invalid(errors, "The enterprise is invalid; nothing was registered.");
        var enterprise = new Enterprise
        {
            Id = Guid.NewGuid(), ParkId = park!.ParkId, Name = request.Name, CreditCode = request.CreditCode, KeyEnergyUser = request.KeyEnergyUser,
            CreatedBy = caller.Subject, CreatedAt = DateTime.UtcNow,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/parks/{parkId}/enterprises/{enterprise.Id}", View(enterprise));
    }

    public static async Task<IResult> List(Guid parkId, int? limit, string? cursor, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var (_, refusal) = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var query = db.Enterprises.AsNoTracking().Where(e => e.ParkId == parkId);
        if (page.After is { } after) query = query.After(e => e.CreatedAt, e => e.Id, after.At, after.Id);
        var list = page.Finish(await query.OrderByKey(e => e.CreatedAt, e => e.Id).Take(page.Fetch).ToListAsync(ct),
            e => new TimeKey(e.CreatedAt, e.Id), View);
        return Results.Ok(new EnterpriseList(parkId, list.Items, list.NextCursor));
    }

    private static EnterpriseView View(Enterprise e) =>
        new(e.Id, e.Name, e.CreditCode, e.KeyEnergyUser, e.CreatedBy, DateTime.SpecifyKind(e.CreatedAt, DateTimeKind.Utc));
}
