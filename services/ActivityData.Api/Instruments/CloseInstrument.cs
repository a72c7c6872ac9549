namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// Retirement (核销) of an allocated instrument with its evidence, and cancellation of a held one. Each is one status change
/// under the instrument's version token: an allocation or another closing at the same moment makes one of them fail
/// (409 concurrent-change), never both succeed.
/// </summary>
public static class CloseInstrument
{
    public static async Task<IResult> Retire(Guid parkId, Guid id, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var (_, refusal) = await InstrumentAccess.ForManagingAsync(parks, caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var errors = new List<InputError>();
        var evidence = body.ValueKind == JsonValueKind.Object ? Json.Text(body, "evidenceId", errors) : null;
        if (!Guid.TryParse(evidence, out var evidenceId) || !await db.Evidence.AnyAsync(e => e.Id == evidenceId && e.ParkId == parkId, ct))
            return Problems.Invalid("evidenceId", "unknown-evidence", "evidenceId names the park's evidence file of the retirement (upload it first: POST …/evidence).");

        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id && i.ParkId == parkId, ct);
        if (instrument is null) return Problems.NotFound("The instrument");
        if (instrument.Status != InstrumentStatuses.Allocated)
            return Problems.Conflict("status", $"instrument-{instrument.Status}", $"Only an allocated instrument is retired; this one is {instrument.Status}.");
        instrument.Status = InstrumentStatuses.Retired;
        instrument.EvidenceId = evidenceId;
        return await SaveAsync(db, instrument, caller, ct);
    }

    public static async Task<IResult> Cancel(Guid parkId, Guid id, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var (_, refusal) = await InstrumentAccess.ForManagingAsync(parks, caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var errors = new List<InputError>();
        var reason = body.ValueKind == JsonValueKind.Object ? Json.Text(body, "reason", errors)?.Trim() : null;
        if (reason is not { Length: > 0 and <= 1000 }) return Problems.Invalid("reason", "missing-field", "reason says why the instrument is cancelled (1 to 1000 characters).");

        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id && i.ParkId == parkId, ct);
        if (instrument is null) return Problems.NotFound("The instrument");
        if (instrument.Status != InstrumentStatuses.Held)
            return Problems.Conflict("status", $"instrument-{instrument.Status}", $"Only a held instrument (nothing allocated) is cancelled; this one is {instrument.Status}.");
        instrument.Status = InstrumentStatuses.Cancelled;
        instrument.CancellationReason = reason;
        return await SaveAsync(db, instrument, caller, ct);
    }

    private static async Task<IResult> SaveAsync(ActivityDb db, Instrument instrument, Caller caller, CancellationToken ct)
    {
        instrument.ClosedBy = caller.Subject;
        instrument.ClosedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.InstrumentId == instrument.Id).ToListAsync(ct);
        return Results.Ok(InstrumentViews.Of(instrument, allocations));
    }
}
