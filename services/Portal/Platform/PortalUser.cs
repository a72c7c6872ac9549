using System.Security.Claims;
using CarbonPlatform.Portal.Localization;

namespace CarbonPlatform.Portal.Platform;

/// <summary>The signed-in person as the identity service describes them in the id token.</summary>
public sealed class PortalUser(IHttpContextAccessor context)
{
    private ClaimsPrincipal Principal => context.HttpContext?.User ?? new ClaimsPrincipal();

    public bool SignedIn => Principal.Identity?.IsAuthenticated == true;
    public string Name => Principal.FindFirst("name")?.Value ?? Principal.FindFirst("preferred_username")?.Value ?? "";
    public string? OrganizationId => Principal.FindFirst("org_id")?.Value;
    public string? RegionCode => Principal.FindFirst("region_code")?.Value;
    public string Kind => Principal.FindFirst("org_kind")?.Value ?? "";
    public IReadOnlySet<string> Roles => Principal.FindAll("role").Select(c => c.Value).ToHashSet();

    public bool IsOperator => Kind == "park-operator";
    public bool IsAuthority => Kind == "regional-authority";
    public bool IsCertificationBody => Kind == "certification-body";
    public bool IsPlatformAdmin => Roles.Contains("platform-admin");
    public string? Subject => Principal.FindFirst("sub")?.Value;

    /// <summary>A person of an enterprise in a park: the token names the park and the enterprise record (the API enforces both).</summary>
    public bool IsEnterprise => Kind == "enterprise" && ParkId is not null && EnterpriseId is not null;
    public Guid? ParkId => Guid.TryParse(Principal.FindFirst("park_id")?.Value, out var id) ? id : null;
    public Guid? EnterpriseId => Guid.TryParse(Principal.FindFirst("enterprise_id")?.Value, out var id) ? id : null;
    public bool MayEnterAsEnterprise => IsEnterprise && Roles.Contains("enterprise-data-entry");

    /// <summary>Writing a park's data: its operator's administrators and data-entry staff (the API checks again).</summary>
    public bool MayRecordFor(ParkView park) => IsPlatformAdmin ||
        (IsOperator && OrganizationId == park.OperatorOrganizationId.ToString() && (Roles.Contains("operator-admin") || Roles.Contains("operator-data-entry")));

    /// <summary>Approving or returning what others submitted: the operator's administrators and reviewers (never their own; the API says so).</summary>
    public bool MayApproveFor(ParkView park) => IsPlatformAdmin ||
        (IsOperator && OrganizationId == park.OperatorOrganizationId.ToString() && (Roles.Contains("operator-admin") || Roles.Contains("operator-reviewer")));

    public bool MayApplyFor(ParkView park) => IsOperator && OrganizationId == park.OperatorOrganizationId.ToString() && Roles.Contains("operator-admin");

    public bool MayReview => IsCertificationBody && Roles.Contains("certification-reviewer");

    private static readonly string[] RoleOrder =
        ["platform-admin", "operator-admin", "operator-reviewer", "operator-data-entry", "operator-viewer", "enterprise-data-entry", "enterprise-viewer",
            "authority-viewer", "certification-reviewer", "organization-admin"];

    /// <summary>The person's main role as the glossary names it (never the role's id on a Chinese page).</summary>
    public string RoleLabel(PortalText l) => RoleOrder.FirstOrDefault(Roles.Contains) is { } role ? l.Role(role)
        : string.Join(l["、", ", "], Roles.Order(StringComparer.Ordinal).Select(l.Role));

    /// <summary>"地方主管部门（320000）": the kind of organisation the person works for, and its region where it has one.</summary>
    public string OrganizationLabel(PortalText l) => Kind.Length == 0 ? "" : l.OrganizationKind(Kind) + (RegionCode is { } code ? l[$"（{code}）", $" ({code})"] : "");
}
