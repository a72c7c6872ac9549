using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Releases;

public static class DefaultRelease
{
    /// <summary>
    /// One statement over every release, so two replicas switching at once still leave exactly one default (the one
    /// committed last), never two and never none.
    /// </summary>
    public static Task<int> MakeAsync(FactorsDb db, string name, CancellationToken ct) =>
        db.Releases.ExecuteUpdateAsync(s => s.SetProperty(r => r.IsDefault, r => r.Name == name), ct);
}
