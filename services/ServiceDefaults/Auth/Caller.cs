using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.Auth;

/// <summary>Who is calling: their organisation, its kind and region, and their roles, read from the validated token.</summary>
public sealed record Caller(string Subject, Guid? OrganizationId, string OrganizationKind, string? RegionCode, IReadOnlySet<string> Roles)
{
    public bool IsPlatformAdmin => Roles.Contains(PlatformRoles.PlatformAdmin);
    public bool IsOperator => IsTenantOf(OrganizationKinds.ParkOperator);
    public bool IsAuthority => IsTenantOf(OrganizationKinds.RegionalAuthority);
    public bool IsCertificationBody => IsTenantOf(OrganizationKinds.CertificationBody);
    public bool IsEnterprise => IsTenantOf(OrganizationKinds.Enterprise) && ParkId is not null && EnterpriseId is not null;
    /// <summary>An enterprise caller's park (the park_id claim); null for every other kind.</summary>
    public Guid? ParkId { get; init; }
    /// <summary>An enterprise caller's enterprise record in its park (the enterprise_id claim).</summary>
    public Guid? EnterpriseId { get; init; }
    public bool Has(string role) => Roles.Contains(role);
    public bool CanWriteParkData => IsPlatformAdmin || Has(PlatformRoles.OperatorAdmin) || Has(PlatformRoles.OperatorDataEntry);

    /// <summary>
    /// A caller counts as its kind of tenant only with one of that kind's data roles: a person who is only an
    /// organisation administrator manages people and API clients and sees no data.
    /// </summary>
    private bool IsTenantOf(string kind) => OrganizationKind == kind && Roles.Overlaps(PlatformRoles.AllowedFor(kind));

    public static Caller From(ClaimsPrincipal user)
    {
        var org = user.FindFirst(PlatformClaims.OrganizationId)?.Value;
        return new Caller(
            user.FindFirst(PlatformClaims.Subject)?.Value ?? "",
            Guid.TryParse(org, out var id) ? id : null,
            user.FindFirst(PlatformClaims.OrganizationKind)?.Value ?? "",
            user.FindFirst(PlatformClaims.RegionCode)?.Value,
            user.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet())
        {
            ParkId = Guid.TryParse(user.FindFirst(PlatformClaims.ParkId)?.Value, out var park) ? park : null,
            EnterpriseId = Guid.TryParse(user.FindFirst(PlatformClaims.EnterpriseId)?.Value, out var enterprise) ? enterprise : null,
        };
    }
}

public static class CallerHttpExtensions
{
    public static Caller Caller(this HttpContext context) => Auth.Caller.From(context.User);
}
