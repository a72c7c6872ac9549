using CarbonPlatform.Domain.Requests;
using System.Diagnostics.CodeAnalysis;
using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.BuildingBlocks.Tenancy;

/// <summary>The park a request is about, or the refusal (the endpoint maps it: <c>access.Refusal.ToProblem()</c>).</summary>
public sealed record ParkAccessResult(ParkScope? Park, Refusal? Refusal)
{
    [MemberNotNullWhen(true, nameof(Park))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Granted => Refusal is null && Park is not null;
}

/// <summary>Every service's first check on a park: 404 when the caller may not see it, 403 when it may see but not change it.</summary>
public static class ParkAccess
{
    public static async Task<ParkAccessResult> ForReadingAsync(this IParkDirectory parks, Caller caller, Guid parkId, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct, fresh: caller.IsCertificationBody);
        return park is not null && ParkVisibility.CanRead(caller, park) ? new(park, null) : new(null, Refusal.NotFound("The park"));
    }

    /// <summary>The park's totals: an enterprise reads them while its grant holds (asked afresh, so a withdrawal holds at once).</summary>
    public static async Task<ParkAccessResult> ForReadingTotalsAsync(this IParkDirectory parks, Caller caller, Guid parkId, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct, fresh: caller.IsCertificationBody || caller.IsEnterprise);
        return park is not null && ParkVisibility.CanReadTotals(caller, park) ? new(park, null) : new(null, Refusal.NotFound("The park"));
    }

    public static async Task<ParkAccessResult> ForWritingAsync(this IParkDirectory parks, Caller caller, Guid parkId, CancellationToken ct)
    {
        var read = await parks.ForReadingAsync(caller, parkId, ct);
        if (!read.Granted || ParkVisibility.CanWrite(caller, read.Park)) return read;
        return new(null, Refusal.Forbidden("This caller may read the park's data but not change it."));
    }
}
