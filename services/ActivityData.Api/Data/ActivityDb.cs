using CarbonPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Data;

public sealed class ActivityDb(DbContextOptions<ActivityDb> options) : DbContext(options)
{
    public DbSet<ActivityBatch> Batches => Set<ActivityBatch>();
    public DbSet<ActivityRecord> Records => Set<ActivityRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ActivityBatch>(e =>
        {
            e.Property(x => x.IdempotencyKey).HasMaxLength(200);
            e.Property(x => x.RequestHash).HasMaxLength(64);
            e.Property(x => x.Channel).HasMaxLength(20);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.ParkId, x.IdempotencyKey }).IsUnique();
            e.HasIndex(x => new { x.ParkId, x.Year });
        });
        model.Entity<ActivityRecord>(e =>
        {
            e.Property(x => x.LineId).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Unit).HasMaxLength(20);
            foreach (var p in new[] { "Fuel", "Direction", "Carbonate", "Gas", "Source", "Instrument", "SinkType" })
                e.Property(p).HasMaxLength(60);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Serial).HasMaxLength(200);
            e.HasIndex(x => new { x.ParkId, x.Year, x.LineId }).IsUnique();
            // An offset serial can be claimed once on the whole platform, by one park.
            e.HasIndex(x => x.Serial).IsUnique().HasFilter("[Serial] IS NOT NULL");
        });
        model.AddOutboxAndInbox();
    }
}
