using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>
/// How a relay pass takes rows so that several replicas can relay one outbox: a conditional UPDATE leases a batch to
/// the pass (a row already leased by another live pass is not taken), and a row is published only if no older unsent
/// row of its ordering key is in someone else's hands or waiting for a retry. Plain SQL on every provider.
/// </summary>
internal static class OutboxClaims
{
    /// <summary>Rows parked as undeliverable wait at the end of time; they hold nothing up.</summary>
    private static readonly DateTime Parked = DateTime.MaxValue;

    /// <summary>Leases up to <paramref name="batchSize"/> due rows to <paramref name="claim"/>; returns those it may publish, oldest first.</summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(DbContext db, Guid claim, DateTime now, DateTime until, int batchSize, CancellationToken ct)
    {
        var set = db.Set<OutboxMessage>();
        var candidates = await set
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now)
                && !set.Any(o => o.OrderingKey == m.OrderingKey && o.SentAt == null && o.Id != m.Id && o.CreatedAt <= m.CreatedAt
                    && o.NextAttemptAt < Parked && (o.NextAttemptAt > now || o.LeasedUntil >= now)))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(batchSize).Select(m => m.Id)
            .ToListAsync(ct);
        if (candidates.Count == 0) return [];

        var claimed = await set.Where(m => candidates.Contains(m.Id) && m.SentAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, claim).SetProperty(m => m.LeasedUntil, until), ct);
        if (claimed == 0) return [];

        // Another pass may have leased an older row of the same key between our look and our claim: such rows go back.
        var overtaking = await set
            .Where(m => m.LeaseOwner == claim && set.Any(o => o.OrderingKey == m.OrderingKey && o.SentAt == null && o.Id != m.Id
                && o.CreatedAt <= m.CreatedAt && o.NextAttemptAt < Parked && o.LeaseOwner != claim))
            .Select(m => m.Id).ToListAsync(ct);
        if (overtaking.Count > 0)
            await set.Where(m => m.LeaseOwner == claim && overtaking.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (Guid?)null).SetProperty(m => m.LeasedUntil, (DateTime?)null), ct);

        return await set.Where(m => m.LeaseOwner == claim).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(ct);
    }

    /// <summary>Gives a row back (sent, failed or not reached in this pass).</summary>
    public static void Release(OutboxMessage message)
    {
        message.LeaseOwner = null;
        message.LeasedUntil = null;
    }
}
