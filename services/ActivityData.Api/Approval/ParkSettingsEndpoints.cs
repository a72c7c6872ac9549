namespace CarbonPlatform.ActivityData.Approval;

/// <summary>Maker–checker per park: the operator's administrator switches it; each change is an entry of the park's ledger.</summary>
public static class ParkSettingsEndpoints
{
    public static Task<bool> ApprovalRequiredAsync(ActivityDb db, Guid parkId, CancellationToken ct) =>
        db.ParkSettings.AsNoTracking().AnyAsync(s => s.ParkId == parkId && s.ApprovalRequired, ct);

    public static async Task<IResult> Get(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var (_, refusal) = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var settings = await db.ParkSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ParkId == parkId, ct);
        return Results.Ok(View(parkId, settings));
    }

    public static async Task<IResult> Put(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var caller = http.Caller();
        var (park, refusal) = await parks.ForReadingAsync(caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        if (!Reviewers.MayChangeSettings(caller, park!)) return Problems.Forbidden("Only the park operator's administrator changes the park's settings.");
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("approvalRequired", out var value)
            || value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            return Problems.Invalid("approvalRequired", "missing-field", "approvalRequired (true or false) is required.");
        var required = value.GetBoolean();

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var settings = await db.ParkSettings.FirstOrDefaultAsync(s => s.ParkId == parkId, ct);
            var now = DateTime.UtcNow;
            if (settings is null) db.ParkSettings.Add(settings = new ParkSettings { ParkId = parkId, ChangedBy = caller.Subject });
            settings.ApprovalRequired = required;
            settings.ChangedBy = caller.Subject;
            settings.ChangedAt = now;
            await LedgerChain.AppendAsync(db, parkId, [EventEntries.SettingChanged(parkId, required, Channels.Of(http.User), caller.Subject, now)], ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Results.Ok(View(parkId, settings));
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear(); // another append took this position in the chain, or another admin the settings row
                await transaction.RollbackAsync(CancellationToken.None);
                if (attempt == 12) throw new CarbonPlatform.BuildingBlocks.Persistence.WriteContentionException("The park's ledger is busy; nothing was changed.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }

    private static ParkSettingsView View(Guid parkId, ParkSettings? s) =>
        new(parkId, s?.ApprovalRequired ?? false, s?.ChangedBy, s is null ? null : DateTime.SpecifyKind(s.ChangedAt, DateTimeKind.Utc));
}
