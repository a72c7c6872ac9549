namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// Gives each activity line recorded before the ledger existed its first entry, so that its park's chain verifies.
/// It runs when the migration that brought the ledger is applied (the <c>--migrate</c> job), or when an operator asks
/// for it with <c>--backfill-ledger</c> (a database migrated before the backfill existed). Never at every start: a
/// line written past the ledger later is a break the verification must go on naming, not one to adopt.
/// </summary>
public static class LedgerBackfill
{
    public const string Command = "--backfill-ledger";
    public const string LedgerMigration = "20261124150900_LedgerAndPeriods";
    public const string Reason = "Recorded before the ledger existed: entered by the ledger backfill.";

    public static bool IsDue(IEnumerable<string> migrationsApplied) => migrationsApplied.Contains(LedgerMigration, StringComparer.Ordinal);

    public static async Task AfterMigratingAsync(ActivityDb db, IReadOnlyList<string> applied, CancellationToken ct)
    {
        if (IsDue(applied)) await RunAsync(db, ct);
    }

    /// <summary>Appends an entry for every line that has none, park by park, in the order the lines were recorded.</summary>
    /// <returns>How many entries each park got.</returns>
    public static async Task<Dictionary<Guid, int>> RunAsync(ActivityDb db, CancellationToken ct)
    {
        var parks = await Unentered(db).Select(r => r.ParkId).Distinct().ToListAsync(ct);
        var entered = new Dictionary<Guid, int>();
        foreach (var park in parks)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var lines = await Unentered(db).Where(r => r.ParkId == park).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(ct);
            var batchIds = lines.Select(l => l.BatchId).Distinct().ToList();
            var batches = await db.Batches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
            var entries = lines.Select(l => batches.TryGetValue(l.BatchId, out var b)
                ? LedgerEntries.For(l, new LineAnnotation(null, null), b.Channel, b.RecordedBy, reason: Reason)
                : LedgerEntries.For(l, new LineAnnotation(null, null), Channels.Api, "unknown", reason: Reason)).ToList();
            await LedgerChain.AppendAsync(db, park, entries, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            entered[park] = entries.Count;
        }
        return entered;
    }

    private static IQueryable<ActivityRecord> Unentered(ActivityDb db) =>
        db.Records.AsNoTracking().Where(r => !db.Ledger.Any(e => e.ParkId == r.ParkId && e.Year == r.Year && e.LineId == r.LineId));
}
