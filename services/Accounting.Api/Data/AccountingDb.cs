using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Data;

public sealed class AccountingDb(DbContextOptions<AccountingDb> options) : DbContext(options)
{
    public DbSet<InventoryVersion> Inventories => Set<InventoryVersion>();
    public DbSet<InventoryBatch> InventoryBatches => Set<InventoryBatch>();
    public DbSet<RecomputeDemand> Demands => Set<RecomputeDemand>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<InventoryVersion>(e =>
        {
            e.Property(x => x.Method).HasMaxLength(40);
            e.Property(x => x.FactorRelease).HasMaxLength(80);
            e.Property(x => x.GwpSet).HasMaxLength(8);
            e.Property(x => x.Digest).HasMaxLength(64);
            e.HasIndex(x => new { x.ParkId, x.Year, x.Method, x.Version }).IsUnique();
        });
        model.Entity<InventoryBatch>(e =>
        {
            e.Property(x => x.Method).HasMaxLength(40);
            e.Property(x => x.BatchId).HasMaxLength(64);
            e.HasIndex(x => new { x.ParkId, x.Year, x.Method, x.BatchId, x.FirstVersion }).IsUnique();
            e.HasIndex(x => new { x.ParkId, x.Year, x.Method, x.LastVersion });
        });
        model.Entity<RecomputeDemand>(e =>
        {
            e.HasKey(x => new { x.ParkId, x.Year });
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.LastError).HasMaxLength(1000);
        });
        model.AddOutboxAndInbox().AddDeadLetters();
    }
}
