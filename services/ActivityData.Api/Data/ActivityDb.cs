using CarbonPlatform.ActivityData.Instruments;

namespace CarbonPlatform.ActivityData.Data;

public sealed class ActivityDb(DbContextOptions<ActivityDb> options) : DbContext(options)
{
    public DbSet<ActivityBatch> Batches => Set<ActivityBatch>();
    public DbSet<ActivityRecord> Records => Set<ActivityRecord>();
    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();
    public DbSet<LedgerCheckpoint> LedgerCheckpoints => Set<LedgerCheckpoint>();
    public DbSet<PeriodState> Periods => Set<PeriodState>();
    public DbSet<EvidenceFile> Evidence => Set<EvidenceFile>();
    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EmissionSource> Sources => Set<EmissionSource>();
    public DbSet<MeterReading> MeterReadings => Set<MeterReading>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<InstrumentAllocation> Allocations => Set<InstrumentAllocation>();
    public DbSet<SerialSpace> SerialSpaces => Set<SerialSpace>();
    public DbSet<ParkSettings> ParkSettings => Set<ParkSettings>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<DeviceReading> DeviceReadings => Set<DeviceReading>();
    public DbSet<DeviceMonth> DeviceMonths => Set<DeviceMonth>();
    public DbSet<RefusedReading> RefusedReadings => Set<RefusedReading>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ActivityBatch>(e =>
        {
            e.HasIndex(x => new { x.ParkId, x.IdempotencyKey }).IsUnique();
            e.HasIndex(x => new { x.ParkId, x.Year });
        });
        model.Entity<ActivityRecord>(e =>
        {
            foreach (var p in new[] { "Fuel", "Direction", "Carbonate", "Gas", "Source", "Instrument", "SinkType" })
                e.Property(p).HasMaxLength(60);
            e.Property(x => x.Product).HasMaxLength(200);
            e.Property(x => x.Serial).HasMaxLength(200);
            e.HasIndex(x => new { x.ParkId, x.Year, x.LineId }).IsUnique();
            // An offset serial can be claimed once on the whole platform, by one park.
            e.HasIndex(x => x.Serial).IsUnique().HasFilter(Database.IsNpgsql() ? "\"Serial\" IS NOT NULL" : "[Serial] IS NOT NULL");
        });
        model.Entity<MeterReading>(e =>
        {
            // A reading is recorded once: the same source cannot read twice at the same moment (a file imported twice).
            e.HasIndex(x => new { x.SourceId, x.ReadAt }).IsUnique();
            e.Property(x => x.Fuel).HasMaxLength(CarbonPlatform.ActivityData.MeterReadings.ReadingRow.MaxFuelLength);
            // No index on BatchId: it would cost every import a third B-tree insert per reading; a batch's readings are
            // found through its sources, and its count is kept by its ledger entries.
        });
        model.Entity<LedgerCheckpoint>(e =>
        {
            e.HasKey(x => x.ParkId);
            e.Property(x => x.HeadHash).HasMaxLength(100);
        });
        model.Entity<LedgerEntry>(e =>
        {
            e.ToTable("LedgerEntries");
            e.Property(x => x.EvidenceId).HasMaxLength(200);
            e.Property(x => x.SourceId).HasMaxLength(36);
            e.Property(x => x.Readings).HasMaxLength(100);
            // One chain per park: two writers cannot both append the same position.
            e.HasIndex(x => new { x.ParkId, x.Sequence }).IsUnique();
            e.HasIndex(x => new { x.ParkId, x.Year, x.LineId });
        });
        model.Entity<PeriodState>(e =>
        {
            e.ToTable("Periods");
            e.HasKey(x => new { x.ParkId, x.Year });
        });
        model.Entity<EvidenceFile>(e =>
        {
            e.ToTable("EvidenceFiles");
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasIndex(x => x.ParkId);
        });
        model.Entity<EvidenceContent>(e =>
        {
            e.ToTable("EvidenceContents");
            e.HasKey(x => x.EvidenceId);
            e.HasOne<EvidenceFile>().WithOne().HasForeignKey<EvidenceContent>(x => x.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Enterprise>(e =>
        {
            e.ToTable("Enterprises");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.HasIndex(x => x.ParkId);
        });
        model.Entity<EmissionSource>(e =>
        {
            e.ToTable("EmissionSources");
            e.HasIndex(x => new { x.ParkId, x.EnterpriseId });
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
        model.AddInstruments(Database.IsNpgsql());
        model.Entity<Device>(e =>
        {
            e.Property(x => x.MeterId).HasMaxLength(100);
            e.Property(x => x.Username).HasMaxLength(100);
            // Two replicas registering the same meter: the second insert fails here, not after a check.
            e.HasIndex(x => new { x.ParkId, x.MeterId }).IsUnique();
            e.HasIndex(x => x.Username).IsUnique();
            e.HasIndex(x => x.SourceId);
        });
        // A redelivered message or a device resending finds its reading already there: (device, time) is kept once.
        model.Entity<DeviceReading>(e => e.HasIndex(x => new { x.DeviceId, x.ReadAt }).IsUnique());
        model.Entity<DeviceMonth>(e => e.HasKey(x => new { x.DeviceId, x.Year, x.Month }));
        model.Entity<RefusedReading>(e =>
        {
            e.HasIndex(x => new { x.DeviceId, x.Id });
            e.Property(x => x.Channel).HasMaxLength(8);
            e.Property(x => x.Reason).HasMaxLength(64);
            e.Property(x => x.Message).HasMaxLength(CarbonPlatform.ActivityData.Devices.RefusedReadings.MaxMessageLength);
            e.Property(x => x.Payload).HasMaxLength(CarbonPlatform.ActivityData.Devices.RefusedReadings.MaxPayloadBytes);
        });
        model.Entity<ParkSettings>().HasKey(x => x.ParkId);
        model.Entity<Submission>(e =>
        {
            e.ToTable("Submissions");
            e.Property(x => x.Kind).HasMaxLength(20).HasDefaultValue("batch");
            e.HasIndex(x => new { x.ParkId, x.IdempotencyKey }).IsUnique();
            e.HasIndex(x => new { x.ParkId, x.Status });
        });
        model.AddCertificationHolds();
        model.AddOutboxAndInbox().AddDeadLetters();
        model.UseColumnLengths();
        model.UseVersionTokens();
    }
}
