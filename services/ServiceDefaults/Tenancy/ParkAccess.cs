using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.Tenancy;

/// <summary>The park a request is about, or the refusal: 404 when the caller may not see it, 403 when it may see but not change it.</summary>
public static class ParkAccess
{
    public static async Task<(ParkScope? Park, IResult? Refusal)> ForReadingAsync(this IParkDirectory parks, Caller caller, Guid parkId, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct);
        return park is not null && ParkVisibility.CanRead(caller, park) ? (park, null) : (null, Problems.Problems.NotFound("The park"));
    }

    public static async Task<(ParkScope? Park, IResult? Refusal)> ForWritingAsync(this IParkDirectory parks, Caller caller, Guid parkId, CancellationToken ct)
    {
        var (park, refusal) = await parks.ForReadingAsync(caller, parkId, ct);
        if (refusal is not null) return (null, refusal);
        return ParkVisibility.CanWrite(caller, park!)
            ? (park, null)
            : (null, Problems.Problems.Forbidden("This caller may read the park's data but not change it."));
    }
}
