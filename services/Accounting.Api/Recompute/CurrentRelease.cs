using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Engine.Factors;
using CarbonPlatform.Contracts.EmissionFactors;
using CarbonPlatform.EmissionFactors.Client;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>
/// The release inventories are computed with: the default recorded in this service's database (shared by every
/// replica), or the catalogue's default before any release event arrived. Named releases are immutable and cached.
/// </summary>
public sealed class CurrentRelease(AccountingDb db, FactorReleaseSource releases)
{
    public async Task<FactorRelease?> GetAsync(CancellationToken ct)
    {
        var recorded = await db.DefaultRelease.AsNoTracking().Select(r => r.Name).FirstOrDefaultAsync(ct);
        return await releases.GetAsync(recorded, ct);
    }

    /// <summary>Records a newly published default in the caller's unit of work; an event older than the recorded one changes nothing.</summary>
    public static async Task<bool> RecordAsync(AccountingDb db, FactorReleasePublished published, CancellationToken ct)
    {
        var row = await db.DefaultRelease.FindAsync([DefaultFactorRelease.SingleId], ct);
        if (row is null) db.DefaultRelease.Add(new DefaultFactorRelease { Name = published.Release, PublishedAt = published.PublishedAt });
        else if (row.PublishedAt < published.PublishedAt) (row.Name, row.PublishedAt) = (published.Release, published.PublishedAt);
        else return false;
        return true;
    }
}
