using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Data;

public sealed class RegistryDb(DbContextOptions<RegistryDb> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Park> Parks => Set<Park>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<ParkAccess> ParkAccesses => Set<ParkAccess>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Organization>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.HasIndex(x => x.ParkId);
        });
        model.Entity<Park>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => x.OperatorOrganizationId);
            e.HasIndex(x => x.RegionCode);
            e.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ParkId);
        });
        model.Entity<ParkStageChange>(e =>
        {
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.MovedBy).HasMaxLength(200);
        });
        model.Entity<ReviewAssignment>(e =>
        {
            e.HasKey(x => x.ApplicationId);
            e.Property(x => x.Progress).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.ParkId, x.Open });
            e.HasIndex(x => x.EvaluationId);
        });
        model.Entity<ParkAccess>(e =>
        {
            e.Property(x => x.Service).HasMaxLength(40);
            e.Property(x => x.Route).HasMaxLength(300);
            e.Property(x => x.Subject).HasMaxLength(200);
            e.Property(x => x.ClientId).HasMaxLength(200);
            e.Property(x => x.OrganizationKind).HasMaxLength(40);
            e.HasIndex(x => new { x.ParkId, x.ReadAt });
        });
        model.AddOutboxAndInbox().AddDeadLetters();
        model.UseVersionTokens();
    }
}
