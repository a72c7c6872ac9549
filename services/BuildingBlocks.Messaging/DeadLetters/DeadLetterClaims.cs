using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// How a pass takes due rows when several replicas look at once: a conditional UPDATE moves a row that is still due and
/// unleased to <c>redelivering</c> under the pass's id; the database lets one UPDATE match it. A row sent but never heard
/// of again (its outcome could not be stored) is due once its lease runs out. Plain SQL on every provider.
/// </summary>
public static class DeadLetterClaims
{
    private const int BatchSize = 50;

    public static async Task<List<DeadLetter>> ClaimAsync(DbContext db, Guid claim, DateTime now, CancellationToken ct)
    {
        var set = db.Set<DeadLetter>();
        var until = now + RedeliverySchedule.InFlight;
        var candidates = await Due(set, now).OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(BatchSize).Select(d => d.Id).ToListAsync(ct);
        if (candidates.Count == 0) return [];
        await Due(set, now).Where(d => candidates.Contains(d.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeadLetterStatus.Redelivering)
                .SetProperty(d => d.LeaseOwner, claim).SetProperty(d => d.LeasedUntil, until), ct);
        return await set.AsNoTracking().Where(d => d.LeaseOwner == claim && d.Status == DeadLetterStatus.Redelivering).ToListAsync(ct);
    }

    /// <summary>A send that failed: the row waits again, as it was, for a later pass.</summary>
    public static Task<int> ReturnAsync(DbContext db, Guid id, Guid claim, DateTime next) =>
        db.Set<DeadLetter>().Where(d => d.Id == id && d.LeaseOwner == claim && d.Status == DeadLetterStatus.Redelivering)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeadLetterStatus.Waiting).SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null));

    private static IQueryable<DeadLetter> Due(IQueryable<DeadLetter> set, DateTime now) =>
        set.Where(d => (d.Status == DeadLetterStatus.Waiting && d.NextAttemptAt <= now)
            || (d.Status == DeadLetterStatus.Redelivering && d.LeasedUntil < now));
}
