using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.BuildingBlocks.Messaging.Retention;

/// <summary>
/// How long sent events stay in the outbox and handled message ids in the inbox: <c>Messaging:Retention</c>, default
/// 30 days. An inbox row is what turns a second copy of a message into a no-op, so it must outlast every way a copy
/// can still arrive: the whole redelivery schedule and a redelivery in flight. A shorter setting is refused at start.
/// Dead letters are not purged: each is kept until an administrator has seen it.
/// </summary>
public sealed record MessageRetention(TimeSpan Keep)
{
    public static readonly TimeSpan Default = TimeSpan.FromDays(30);

    public static MessageRetention From(IConfiguration configuration, RedeliverySchedule schedule)
    {
        var keep = configuration.GetValue("Messaging:Retention", Default);
        var window = schedule.Steps.Aggregate(RedeliverySchedule.InFlight, (sum, step) => sum + step);
        return keep > window ? new MessageRetention(keep)
            : throw new InvalidOperationException($"Messaging:Retention ({keep}) must be longer than the redelivery window ({window}): a copy of a message could arrive after its inbox row is gone.");
    }

    /// <summary>Deletes sent outbox rows and inbox rows older than the retention; unsent events are never deleted.</summary>
    public async Task<(int Outbox, int Inbox)> PurgeAsync(DbContext db, DateTime now, CancellationToken ct)
    {
        var before = now - Keep;
        var outbox = await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < before).ExecuteDeleteAsync(ct);
        var inbox = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < before).ExecuteDeleteAsync(ct);
        return (outbox, inbox);
    }
}
