using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Lifecycle;

namespace CarbonPlatform.ParkRegistry.Parks;

public static class ParkQueries
{
    /// <summary>
    /// The tenancy rule as a query filter: the database returns only what the caller may see. A certification body sees the
    /// registry entry of a park it reviews or certified (its data only while it reviews: <see cref="ParkVisibility"/>).
    /// </summary>
    public static IQueryable<Park> VisibleTo(this IQueryable<Park> parks, Caller caller, RegistryDb db)
    {
        if (caller.IsCertificationBody && caller.Has(PlatformRoles.CertificationReviewer) && caller.OrganizationId is { } body)
            return parks.Where(p => p.CertifyingBodyId == body
                || db.ReviewAssignments.Any(a => a.ParkId == p.Id && a.Open && a.CertificationBodyId == body));
        return parks.VisibleTo(caller, p => p.OperatorOrganizationId, p => p.RegionCode);
    }

    /// <summary>Parks whose name contains <paramref name="text"/> or, when it is digits, whose region code begins with them; all when it is blank.</summary>
    public static IQueryable<Park> Matching(this IQueryable<Park> parks, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return parks;
        var t = text.Trim();
        return t.All(char.IsAsciiDigit) ? parks.Where(p => p.RegionCode.StartsWith(t) || p.Name.Contains(t)) : parks.Where(p => p.Name.Contains(t));
    }

    public static ParkView View(this Park p) =>
        new(p.Id, p.Name, p.RegionCode, p.OperatorOrganizationId, p.Stage, p.CertifyingBodyId, p.Boundary, DateTime.SpecifyKind(p.CreatedAt, DateTimeKind.Utc));
}
