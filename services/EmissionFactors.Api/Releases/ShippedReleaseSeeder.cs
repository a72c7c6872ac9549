using CarbonPlatform.Domain.Factors;
using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

/// <summary>
/// Stores the shipped releases on first start (SeedData, copied from shared/reference-data): the default cn-2025.1,
/// then cn-2026.1 published on top of it exactly as an administrator would publish an update (not the default).
/// Replicas starting together on an empty database all try: the release name's primary key lets one store each release,
/// the others see it there and go on (none fails, none stores a second copy).
/// </summary>
public static class ShippedReleaseSeeder
{
    public const string Update2026 = "cn-2026.1";

    public static async Task SeedAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await SeedAsync(scope.ServiceProvider.GetRequiredService<FactorsDb>());
    }

    public static async Task SeedAsync(FactorsDb db)
    {
        await SeedDefaultAsync(db);
        await SeedUpdateAsync(db);
    }

    private static string Folder(string release) => Path.Combine(AppContext.BaseDirectory, "SeedData", release);

    private static async Task SeedDefaultAsync(FactorsDb db)
    {
        var name = ReferenceDataReader.DefaultReleaseName;
        if (await db.Releases.AnyAsync(r => r.Name == name)) return;
        var release = ReferenceDataReader.Read(name, file => new StreamReader(Path.Combine(Folder(name), file)));
        var errors = FactorReleaseValidator.Validate(release);
        if (errors.Count > 0)
            throw new InvalidOperationException($"The shipped release {name} is invalid: " + string.Join("; ", errors.Select(e => e.Message)));
        db.Releases.Add(new ReleaseRecord
        {
            Name = name, IsDefault = !await db.Releases.AnyAsync(r => r.IsDefault), FactorCount = release.Factors.Count,
            Description = "Default release: shared/reference-data (MEE & NBS grid factors, fuel defaults, carbonates, IPCC GWP, method constants).",
            PublishedBy = "platform seed", PublishedAt = DateTime.UtcNow,
        });
        db.Factors.AddRange(release.Factors.Select(f => f.ToRecord(name)));
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException)
        {
            if (!await SeededMeanwhileAsync(db, name)) throw;
        }
    }

    /// <summary>After a failed insert: true when another replica stored the release first (then nothing is lost).</summary>
    private static async Task<bool> SeededMeanwhileAsync(FactorsDb db, string name)
    {
        db.ChangeTracker.Clear();
        return await db.Releases.AnyAsync(r => r.Name == name);
    }

    private static async Task SeedUpdateAsync(FactorsDb db)
    {
        if (await db.Releases.AnyAsync(r => r.Name == Update2026)) return;
        using var csv = new StreamReader(Path.Combine(Folder(Update2026), ReferenceDataReader.ElectricityFactorsFile));
        var factors = ReferenceDataReader.ReadFile(ReferenceDataReader.ElectricityFactorsFile, csv);
        var draft = new ReleaseDraft(Update2026,
            "cn-2025.1 plus the 2023 grid factors of MEE & NBS announcement 2025 No.47 (national, residual mix, fossil power, "
            + "7 regional grids, 30 provinces), unverified until the official attachment is read.",
            ReferenceDataReader.DefaultReleaseName, MakeDefault: false, factors, "platform seed");
        PublishOutcome outcome;
        try { outcome = await ReleasePublisher.PublishAsync(db, draft, CancellationToken.None); }
        catch (DbUpdateException)
        {
            if (await SeededMeanwhileAsync(db, Update2026)) return;
            throw;
        }
        if (outcome.Kind == PublishOutcomeKind.Invalid)
            throw new InvalidOperationException($"The shipped release {Update2026} is invalid: " + string.Join("; ", outcome.Errors!.Select(e => e.Message)));
    }
}
