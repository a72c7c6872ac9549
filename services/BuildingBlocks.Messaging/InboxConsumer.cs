using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>
/// A consumer whose effect and inbox record commit in one transaction: a message delivered again (redelivery after a
/// crash, a second relay by another replica) finds its id in the inbox and changes nothing.
/// </summary>
public abstract class InboxConsumer<TMessage, TDb>(TDb db) : IConsumer<TMessage>
    where TMessage : class
    where TDb : DbContext
{
    protected TDb Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be de-duplicated.");
        var consumer = GetType().FullName!;
        var ct = context.CancellationToken;
        db.ChangeTracker.Clear();
        if (await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct))
        {
            if (context.TryGetPayload<IServiceProvider>(out var services)) services.GetService<MessagingMetrics>()?.DuplicateSkipped();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await HandleAsync(context);
        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTime.UtcNow });
        // A concurrent duplicate fails here on the inbox key and is retried, then finds the record and stops.
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Committed(context);
    }

    protected abstract Task HandleAsync(ConsumeContext<TMessage> context);

    /// <summary>After the effect is committed: wake whoever works on it (before the commit it would find nothing yet).</summary>
    protected virtual void Committed(ConsumeContext<TMessage> context) { }
}
