using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Messaging;

public static class MessagingModel
{
    /// <summary>Adds the outbox and inbox tables to a service's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(x => x.Id);
            e.Property(x => x.MessageType).HasMaxLength(400);
            e.Property(x => x.OrganizationId).HasMaxLength(64);
            e.Property(x => x.CorrelationId).HasMaxLength(64);
            e.Property(x => x.TraceParent).HasMaxLength(128);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.Property(x => x.OrderingKey).HasMaxLength(100);
            e.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
            e.HasIndex(x => new { x.OrderingKey, x.SentAt, x.CreatedAt });
            e.HasIndex(x => x.LeaseOwner);
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            e.HasKey(x => new { x.MessageId, x.Consumer });
            e.Property(x => x.Consumer).HasMaxLength(200);
        });
        return model;
    }
}
