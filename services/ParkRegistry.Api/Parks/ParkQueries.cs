using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Lifecycle;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Tenancy;

namespace CarbonPlatform.ParkRegistry.Parks;

public static class ParkQueries
{
    /// <summary>The tenancy rule as a query filter: the database returns only what the caller may see.</summary>
    public static IQueryable<Park> VisibleTo(this IQueryable<Park> parks, Caller caller) =>
        parks.VisibleTo(caller, p => p.OperatorOrganizationId, p => p.RegionCode);

    public static object View(this Park p) => new
    {
        id = p.Id,
        name = p.Name,
        regionCode = p.RegionCode,
        operatorOrganizationId = p.OperatorOrganizationId,
        stage = ParkLifecycle.Name(p.Stage),
        boundary = p.Boundary,
        createdAt = DateTime.SpecifyKind(p.CreatedAt, DateTimeKind.Utc),
    };
}
