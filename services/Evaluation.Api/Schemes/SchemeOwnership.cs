using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Schemes;

/// <summary>
/// Who may publish a scheme version: the platform administrator any; a regional authority a scheme of its own region
/// (a new id, or a new version of an id its region published first). The shipped schemes belong to the platform.
/// </summary>
public static class SchemeOwnership
{
    /// <summary>The region whose authority owns the scheme id, or null when it is the platform's (shipped or the administrator's).</summary>
    public static async Task<string?> OwnerRegionAsync(string schemeId, EvaluationDb db, CancellationToken ct) =>
        SchemeCatalog.BuiltIn.Find(schemeId) is not null ? null
        : await db.Schemes.AsNoTracking().Where(s => s.Id == schemeId).OrderBy(s => s.PublishedAt).Select(s => s.OwnerRegion).FirstOrDefaultAsync(ct);

    /// <summary>Whose scheme it is, as results name it: <c>platform</c> or <c>region:320000</c>.</summary>
    public static string OwnerName(string? ownerRegion) => ownerRegion is null ? "platform" : $"region:{ownerRegion}";

    /// <summary>A region's scheme grades only that region's parks; the platform's grade every park.</summary>
    public static bool AppliesTo(string? ownerRegion, string parkRegion) => ownerRegion is null || RegionCodes.Covers(ownerRegion, parkRegion);

    /// <summary>Only the platform administrator gives a scheme the status <c>official</c>.</summary>
    public static bool MayPublishStatus(Caller caller, SchemeStatus? status) => caller.IsPlatformAdmin || status != SchemeStatus.Official;

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
