using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.CertificationHolds;

/// <summary>The hold facts in a service's own database: recorded once each, read per park-year or evaluation.</summary>
public static class HoldStore
{
    public static ModelBuilder AddCertificationHolds(this ModelBuilder model)
    {
        model.Entity<HoldFact>(e =>
        {
            e.ToTable("CertificationHoldFacts");
            e.HasKey(x => new { x.ApplicationId, x.Fact });
            e.Property(x => x.Fact).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => new { x.ParkId, x.Year });
            e.HasIndex(x => x.EvaluationId);
        });
        return model;
    }

    /// <summary>Records the fact unless it is there already (a concurrent duplicate fails on the key and is retried).</summary>
    public static async Task<bool> RecordAsync(DbContext db, HoldFact fact, CancellationToken ct)
    {
        if (await db.Set<HoldFact>().AnyAsync(f => f.ApplicationId == fact.ApplicationId && f.Fact == fact.Fact, ct)) return false;
        db.Set<HoldFact>().Add(fact);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<IReadOnlyList<Guid>> YearHoldersAsync(DbContext db, Guid parkId, int year, CancellationToken ct) =>
        CertificationHold.YearHolders(await db.Set<HoldFact>().AsNoTracking().Where(f => f.ParkId == parkId && f.Year == year).ToListAsync(ct));

    public static async Task<IReadOnlyList<HoldFact>> FactsOfYearAsync(DbContext db, Guid parkId, int year, CancellationToken ct) =>
        await db.Set<HoldFact>().AsNoTracking().Where(f => f.ParkId == parkId && f.Year == year).OrderBy(f => f.RecordedAt).ToListAsync(ct);

    /// <summary>The application holding the evaluation, or null.</summary>
    public static async Task<Guid?> EvaluationHolderAsync(DbContext db, Guid evaluationId, CancellationToken ct)
    {
        var facts = await db.Set<HoldFact>().AsNoTracking().Where(f => f.EvaluationId == evaluationId).ToListAsync(ct);
        return facts.GroupBy(f => f.ApplicationId).Where(g => CertificationHold.HoldsEvaluation([.. g.Select(f => f.Fact)]))
            .Select(g => (Guid?)g.Key).FirstOrDefault();
    }
}
