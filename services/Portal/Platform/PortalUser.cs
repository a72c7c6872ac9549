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

    /// <summary>Writing a park's data: its operator's administrators and data-entry staff (the API checks again).</summary>
    public bool MayRecordFor(ParkView park) => IsPlatformAdmin ||
        (IsOperator && OrganizationId == park.OperatorOrganizationId.ToString() && (Roles.Contains("operator-admin") || Roles.Contains("operator-data-entry")));

    public bool MayApplyFor(ParkView park) => IsOperator && OrganizationId == park.OperatorOrganizationId.ToString() && Roles.Contains("operator-admin");

    public bool MayReview => IsCertificationBody && Roles.Contains("certification-reviewer");

    public string RoleLabel(PortalText l) => Roles.Contains("platform-admin") ? l["平台管理员", "platform administrator"]
        : Roles.Contains("operator-admin") ? l["园区管理员", "park administrator"]
        : Roles.Contains("operator-data-entry") ? l["数据填报员", "data entry"]
        : Roles.Contains("operator-viewer") ? l["园区查看者", "park viewer"]
        : Roles.Contains("authority-viewer") ? l["主管部门", "regional authority"]
        : Roles.Contains("certification-reviewer") ? l["认证审核员", "certification reviewer"]
        : string.Join(", ", Roles);
}
