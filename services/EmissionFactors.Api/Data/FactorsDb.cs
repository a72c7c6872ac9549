using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Data;

public sealed class FactorsDb(DbContextOptions<FactorsDb> options) : DbContext(options)
{
    public DbSet<ReleaseRecord> Releases => Set<ReleaseRecord>();
    public DbSet<FactorRecord> Factors => Set<FactorRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ReleaseRecord>(e =>
        {
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(80);
            e.Property(x => x.BasedOn).HasMaxLength(80);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.PublishedBy).HasMaxLength(200);
        });
        model.Entity<FactorRecord>(e =>
        {
            e.HasKey(x => new { x.Release, x.Id });
            e.Property(x => x.Release).HasMaxLength(80);
            e.Property(x => x.Id).HasMaxLength(200);
            foreach (var p in new[] { "Category", "Code", "Family", "Level", "Area", "Gas", "GwpSet", "Method", "Parameter", "Unit", "ActivityUnit", "Status" })
                e.Property(p).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasIndex(x => new { x.Release, x.Category });
        });
        model.AddOutboxAndInbox();
    }
}
