namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>A year of the ledger in chain order, page by page; superseded entries stay, marked with what superseded them.</summary>
public static class ReadLedger
{
    public static async Task<IResult> Handle(Guid parkId, int year, int? limit, string? cursor, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        if (!PageRequest<SequenceKey>.TryRead(limit, cursor, out var request, out var badPage, defaultLimit: PageLimits.Max)) return badPage.ToProblem();
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        var from = request.After?.Sequence ?? 0;
        var page = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == year && e.Sequence > from && e.Kind == null)
            .OrderBy(e => e.Sequence).Take(request.Fetch).ToListAsync(ct);
        var sequences = page.Select(e => (long?)e.Sequence).ToList();
        var supersededBy = await db.Ledger.AsNoTracking()
            .Where(e => e.ParkId == parkId && e.Year == year && sequences.Contains(e.Supersedes))
            .Select(e => new { Old = e.Supersedes!.Value, New = e.Sequence }).ToListAsync(ct);
        var by = supersededBy.GroupBy(s => s.Old).ToDictionary(g => g.Key, g => g.Min(s => s.New));
        return Results.Ok(request.Finish(page, e => new SequenceKey(e.Sequence), e => e.View(by.TryGetValue(e.Sequence, out var s) ? s : null)));
    }
}
