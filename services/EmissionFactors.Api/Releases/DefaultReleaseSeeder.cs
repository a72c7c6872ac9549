using CarbonPlatform.Accounting.Engine.Factors;
using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

/// <summary>Stores the default release cn-2025.1 (shipped as SeedData, copied from shared/reference-data) on first start.</summary>
public static class DefaultReleaseSeeder
{
    public static async Task SeedAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactorsDb>();
        var name = ReferenceDataReader.DefaultReleaseName;
        if (await db.Releases.AnyAsync(r => r.Name == name)) return;

        var folder = Path.Combine(AppContext.BaseDirectory, "SeedData", name);
        var release = ReferenceDataReader.Read(name, file => new StreamReader(Path.Combine(folder, file)));
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
        await db.SaveChangesAsync();
    }
}
