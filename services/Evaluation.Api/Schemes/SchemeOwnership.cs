using CarbonPlatform.Evaluation.Data;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Evaluation.Schemes;

/// <summary>
/// Who may publish a scheme version: the platform administrator any; a regional authority a scheme of its own region
/// (a new id, or a new version of an id its region published first). The shipped schemes belong to the platform.
/// </summary>
public static class SchemeOwnership
{
    public static async Task<(bool Allowed, string? OwnerRegion, string? Refusal)> CheckAsync(Caller caller, string schemeId, EvaluationDb db, CancellationToken ct)
    {
        var firstOwner = await db.Schemes.AsNoTracking().Where(s => s.Id == schemeId).OrderBy(s => s.PublishedAt)
            .Select(s => new { s.OwnerRegion }).FirstOrDefaultAsync(ct);
        var shipped = SchemeCatalog.BuiltIn.Find(schemeId) is not null;
        if (caller.IsPlatformAdmin) return (true, firstOwner?.OwnerRegion, null);
        if (!caller.IsAuthority || caller.RegionCode is null)
            return (false, null, "Only the platform administrator or a regional authority publishes scheme versions.");
        if (shipped || (firstOwner is not null && firstOwner.OwnerRegion != caller.RegionCode))
            return (false, null, $"Scheme {schemeId} belongs to {(shipped || firstOwner!.OwnerRegion is null ? "the platform" : "region " + firstOwner.OwnerRegion)}; publish a scheme of your own region under a new id.");
        return (true, caller.RegionCode, null);
    }
}
