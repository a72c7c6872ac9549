namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>The park's register, for whoever may read the park (its operator, its authority, a certification body reviewing it).</summary>
public static class ListInstruments
{
    public static async Task<IResult> Handle(Guid parkId, int? limit, string? cursor, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        if (!PageRequest<TimeKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        var (_, refusal) = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var query = db.Instruments.AsNoTracking().Where(i => i.ParkId == parkId);
        if (page.After is { } after) query = query.After(i => i.RegisteredAt, i => i.Id, after.At, after.Id);
        var instruments = await query.OrderByKey(i => i.RegisteredAt, i => i.Id).Take(page.Fetch).ToListAsync(ct);
        var allocations = await AllocationsOfAsync(db, instruments.Select(i => i.Id).ToList(), ct);
        var list = page.Finish(instruments, i => new TimeKey(i.RegisteredAt, i.Id), i => InstrumentViews.Of(i, allocations[i.Id]));
        return Results.Ok(new InstrumentList(parkId, list.Items, list.NextCursor));
    }

    public static async Task<ILookup<Guid, InstrumentAllocation>> AllocationsOfAsync(ActivityDb db, List<Guid> ids, CancellationToken ct) =>
        (await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.InstrumentId)).ToListAsync(ct)).ToLookup(a => a.InstrumentId);
}
