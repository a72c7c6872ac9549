using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.Identity.Organizations;

/// <summary>An organisation as the park registry knows it.</summary>
public sealed record Organization(Guid Id, string Kind, string? RegionCode);

/// <summary>Who manages an organisation's people and API clients: a platform administrator or the organisation's own administrator.</summary>
public static class OrganizationAdministration
{
    /// <summary>Null when the caller may manage the organisation; else 404 for another organisation's caller (nothing is revealed), 403 for its own.</summary>
    public static IResult? Refusal(Caller caller, Guid orgId)
    {
        if (caller.IsPlatformAdmin) return null;
        if (caller.OrganizationId != orgId) return Problems.NotFound("The organisation");
        return caller.Has(PlatformRoles.OperatorAdmin) || caller.Has(PlatformRoles.OrganizationAdmin)
            ? null
            : Problems.Forbidden("Only an administrator of the organisation manages its people and API clients.");
    }

    public static async Task<Organization?> FindAsync(this ParkDirectory.ParkDirectoryClient directory, Guid orgId, CancellationToken ct)
    {
        var found = await directory.GetOrganizationAsync(new GetOrganizationRequest { OrganizationId = orgId.ToString() }, cancellationToken: ct);
        return found.Found ? new Organization(orgId, found.Kind, found.RegionCode.Length == 0 ? null : found.RegionCode) : null;
    }
}
