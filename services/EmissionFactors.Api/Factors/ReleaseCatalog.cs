using System.Collections.Concurrent;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Factors;

/// <summary>Releases are immutable, so one loaded from the database is kept for the life of the process.</summary>
public sealed class ReleaseCatalog(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, FactorRelease> _loaded = new(StringComparer.Ordinal);

    public async Task<FactorRelease?> LoadAsync(string name, CancellationToken ct)
    {
        if (_loaded.TryGetValue(name, out var cached)) return cached;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactorsDb>();
        var records = await db.Factors.AsNoTracking().Where(f => f.Release == name).ToListAsync(ct);
        if (records.Count == 0) return null;
        return _loaded.GetOrAdd(name, new FactorRelease(name, records.Select(r => r.ToFactor())));
    }

    public static async Task<string?> ResolveNameAsync(FactorsDb db, string? requested, CancellationToken ct) =>
        requested is not null
            ? await db.Releases.AsNoTracking().Where(r => r.Name == requested).Select(r => r.Name).FirstOrDefaultAsync(ct)
            : await db.Releases.AsNoTracking().Where(r => r.IsDefault).Select(r => r.Name).FirstOrDefaultAsync(ct);
}
