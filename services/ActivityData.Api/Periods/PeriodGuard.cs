namespace CarbonPlatform.ActivityData.Periods;

/// <summary>Every write (batch, correction, import) asks this first, and again inside its transaction: a locked year takes nothing.</summary>
public static class PeriodGuard
{
    /// <summary>
    /// The year's status: locked by hand, or held by a pending or certified application (derived from the hold facts, so no
    /// event order or other application's outcome can release it), else what was stored.
    /// </summary>
    public static async Task<string> StatusAsync(ActivityDb db, Guid parkId, int year, CancellationToken ct)
    {
        var stored = await db.Periods.AsNoTracking().Where(p => p.ParkId == parkId && p.Year == year).Select(p => p.Status).FirstOrDefaultAsync(ct);
        return Effective(stored, await HoldStore.YearHoldersAsync(db, parkId, year, ct));
    }

    public static string Effective(string? stored, IReadOnlyList<Guid> holders) =>
        holders.Count > 0 ? PeriodStatuses.Locked : stored ?? PeriodStatuses.Open;

    /// <summary>The refusal when the year is locked, else null.</summary>
    public static async Task<Refusal?> RefuseIfLockedAsync(ActivityDb db, Guid parkId, int year, CancellationToken ct) =>
        await StatusAsync(db, parkId, year, ct) == PeriodStatuses.Locked ? Refusal.Locked(year) : null;

    /// <summary>
    /// Inside the write's transaction, right before it writes: false when the year is locked. Otherwise it marks the
    /// period row (created open when missing) as written by this transaction, so a lock racing the write conflicts with
    /// it on every provider: the row's update lock (or SQLite's write lock) orders the two, and the loser's conditional
    /// UPDATE or concurrency token tells it.
    /// </summary>
    public static async Task<bool> HoldOpenAsync(ActivityDb db, Guid parkId, int year, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var version = Guid.NewGuid();
            if (await db.Periods.Where(p => p.ParkId == parkId && p.Year == year && p.Status != PeriodStatuses.Locked)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, version), ct) == 1) return true;
            var status = await db.Periods.Where(p => p.ParkId == parkId && p.Year == year).Select(p => p.Status).FirstOrDefaultAsync(ct);
            if (status == PeriodStatuses.Locked) return false;
            if (status is null)
            {
                // No row yet: one is inserted with the write; a lock inserting it at the same time fails one of the two on the key.
                db.Periods.Add(new PeriodState { ParkId = parkId, Year = year, Status = PeriodStatuses.Open });
                return true;
            }
            // An open row a concurrent first write committed after the update looked (read committed): mark it now.
        }
        throw new DbUpdateConcurrencyException($"The period row of {year} kept changing under the write.");
    }
}
