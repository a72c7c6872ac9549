using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

public static class DeadLetterModel
{
    /// <summary>Adds the <c>DeadLetters</c> table to the model of a service that consumes messages.</summary>
    public static ModelBuilder AddDeadLetters(this ModelBuilder model)
    {
        model.Entity<DeadLetter>(e =>
        {
            e.ToTable("DeadLetters");
            e.HasKey(x => x.Id);
            e.Property(x => x.MessageType).HasMaxLength(400);
            e.Property(x => x.Endpoint).HasMaxLength(400);
            e.Property(x => x.Error).HasMaxLength(4000);
            e.Property(x => x.Status).HasMaxLength(20);
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => new { x.LastFailedAt, x.Id });
        });
        return model;
    }
}
