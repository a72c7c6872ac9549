namespace CarbonPlatform.Evaluation.Data;

public sealed class EvaluationDb(DbContextOptions<EvaluationDb> options) : DbContext(options)
{
    public DbSet<StoredEvaluation> Evaluations => Set<StoredEvaluation>();
    public DbSet<PublishedScheme> Schemes => Set<PublishedScheme>();
    public DbSet<ParkResultRow> ParkResults => Set<ParkResultRow>();
    public DbSet<PathwayTargetRecord> PathwayTargets => Set<PathwayTargetRecord>();
    public DbSet<PathwayScenarioRecord> PathwayScenarios => Set<PathwayScenarioRecord>();
    public DbSet<CertificateStanding> CertificateStandings => Set<CertificateStanding>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StoredEvaluation>(e =>
        {
            e.HasIndex(x => new { x.ParkId, x.Year, x.Method });
            e.HasIndex(x => x.ParkRegionCode);
        });
        model.Entity<ParkResultRow>(e =>
        {
            e.HasKey(x => new { x.ParkId, x.Year, x.Scheme });
            e.Property(x => x.ProvinceCode).HasMaxLength(2);
            e.Property(x => x.PrefectureCode).HasMaxLength(4);
            e.Property(x => x.Certification).HasMaxLength(12);
            // The overview filters by year (and scheme) first, then region or operator, and sorts by grade or name.
            e.HasIndex(x => new { x.Year, x.Scheme, x.ParkRegionCode });
            e.HasIndex(x => new { x.Year, x.GradeRank, x.EvaluationId });
            // A province's or prefecture's page: equality on the region level, then the grade order, read in index order.
            e.HasIndex(x => new { x.Year, x.ProvinceCode, x.GradeRank, x.EvaluationId });
            e.HasIndex(x => new { x.Year, x.PrefectureCode, x.GradeRank, x.EvaluationId });
            e.HasIndex(x => new { x.Year, x.ParkName, x.EvaluationId });
            e.HasIndex(x => x.ParkRegionCode);
            e.HasIndex(x => x.OperatorOrganizationId);
            e.HasIndex(x => new { x.ParkId, x.Year, x.Method });
        });
        model.Entity<PublishedScheme>(e =>
        {
            e.HasKey(x => new { x.Id, x.Version });
            e.Property(x => x.Id).HasMaxLength(80);
            e.Property(x => x.OwnerRegion).HasMaxLength(6);
        });
        model.Entity<PathwayTargetRecord>(e =>
        {
            e.HasKey(x => x.ParkId); // one target per park: a second insert fails on the key, not on a check
        });
        model.Entity<PathwayScenarioRecord>(e =>
        {
            e.HasIndex(x => new { x.ParkId, x.CreatedAt });
        });
        model.Entity<CertificateStanding>(e =>
        {
            e.HasKey(x => x.ApplicationId); // one standing per application: a second first change fails on the key and is retried
            e.Property(x => x.Status).HasMaxLength(12);
        });
        model.AddCertificationHolds();
        model.AddOutboxAndInbox().AddDeadLetters();
        model.UseColumnLengths();
        model.UseVersionTokens();
    }
}
