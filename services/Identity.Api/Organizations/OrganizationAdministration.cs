using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Contracts.Grpc.ParkRegistry;

namespace CarbonPlatform.Identity.Organizations;

/// <summary>An organisation as the park registry knows it.</summary>
/// <summary>An organisation as the park registry knows it; an enterprise's also names its park and enterprise record.</summary>
public sealed record Organization(Guid Id, string Kind, string? RegionCode, string? ParkId = null, string? EnterpriseId = null);

/// <summary>Who manages an organisation's people and API clients: a platform administrator or the organisation's own administrator.</summary>
public static class OrganizationAdministration
{
    /// <summary>Null when the caller may manage the organisation; else 404 for another organisation's caller (nothing is revealed), 403 for its own.</summary>
    public static Refusal? Refusal(Caller caller, Guid orgId)
    {
        if (caller.IsPlatformAdmin) return null;
        if (caller.OrganizationId != orgId) return Domain.Requests.Refusal.NotFound("The organisation");
        return caller.Has(PlatformRoles.OperatorAdmin) || caller.Has(PlatformRoles.OrganizationAdmin)
            ? null
            : Domain.Requests.Refusal.Forbidden("Only an administrator of the organisation manages its people and API clients.");
    }

    /// <summary>
    /// <see cref="Refusal"/>, and besides: the administrator of a park's operator gives an enterprise of its park (an organisation
    /// it created) its first people and API clients.
    /// </summary>
    public static async Task<Refusal?> RefusalAsync(this ParkDirectory.ParkDirectoryClient directory, Caller caller, Guid orgId, CancellationToken ct)
    {
        var refusal = Refusal(caller, orgId);
        if (refusal is null || !caller.IsOperator || !caller.Has(PlatformRoles.OperatorAdmin)) return refusal;
        if (await directory.FindAsync(orgId, ct) is not { Kind: OrganizationKinds.Enterprise, ParkId: { } park }) return refusal;
        var reply = await directory.GetParkAsync(new GetParkRequest { ParkId = park }, cancellationToken: ct);
        return reply.Found && reply.OperatorOrganizationId == caller.OrganizationId?.ToString() ? null : refusal;
    }

    public static async Task<Organization?> FindAsync(this ParkDirectory.ParkDirectoryClient directory, Guid orgId, CancellationToken ct)
    {
        var found = await directory.GetOrganizationAsync(new GetOrganizationRequest { OrganizationId = orgId.ToString() }, cancellationToken: ct);
        return found.Found
            ? new Organization(orgId, found.Kind, found.RegionCode.Length == 0 ? null : found.RegionCode,
                found.ParkId.Length == 0 ? null : found.ParkId, found.EnterpriseId.Length == 0 ? null : found.EnterpriseId)
            : null;
    }
}
