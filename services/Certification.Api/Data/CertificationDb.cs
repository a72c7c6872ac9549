using CarbonPlatform.Certification.Webhooks;

namespace CarbonPlatform.Certification.Data;

public sealed class CertificationDb(DbContextOptions<CertificationDb> options) : DbContext(options)
{
    public DbSet<CertificationApplication> Applications => Set<CertificationApplication>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateSequence> Sequences => Set<CertificateSequence>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    /// <summary>The open statuses (ApplicationEvents.Open) as stored; standard SQL for SQLite, SQL Server and PostgreSQL.</summary>
    internal const string OpenApplicationFilter = "\"Status\" IN ('Submitted', 'UnderReview', 'InformationRequested', 'Resubmitted')";

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CertificationApplication>(e =>
        {
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => x.ParkId);
            e.HasIndex(x => x.CertificationBodyId);
            // At most one open application per park-year, whichever replica takes the submission.
            e.HasIndex(x => new { x.ParkId, x.Year }).IsUnique().HasDatabaseName("IX_Applications_OpenPerParkYear")
                .HasFilter(OpenApplicationFilter);
            e.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.ApplicationId);
        });
        model.Entity<ReviewDecision>(e =>
        {
            e.Property(x => x.Decision).HasMaxLength(40);
            e.Property(x => x.Comment).HasMaxLength(4000);
        });
        model.Entity<Certificate>(e =>
        {
            e.HasKey(x => x.Number);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.ParkId);
            e.HasIndex(x => x.ParkRegionCode);
            e.HasIndex(x => x.ApplicationId).IsUnique(); // one certificate per application
        });
        model.Entity<CertificateSequence>(e =>
        {
            e.HasKey(x => x.Year);
            e.Property(x => x.Last).IsConcurrencyToken();
        });
        model.AddOutboxAndInbox().AddDeadLetters();
        model.AddWebhooks();
        model.UseColumnLengths();
        model.UseVersionTokens();
    }
}
