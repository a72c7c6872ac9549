namespace CarbonPlatform.ServiceDefaults.Auth;

/// <summary>The claims the identity service puts in every access token.</summary>
public static class PlatformClaims
{
    public const string OrganizationId = "org_id";
    public const string OrganizationKind = "org_kind";
    public const string RegionCode = "region_code";
    public const string Role = "role";
    public const string Subject = "sub";
    public const string ClientId = "client_id";
}

public static class OrganizationKinds
{
    public const string Platform = "platform";
    public const string ParkOperator = "park-operator";
    public const string RegionalAuthority = "regional-authority";
    public const string CertificationBody = "certification-body";

    public static readonly IReadOnlySet<string> Tenants = new HashSet<string> { ParkOperator, RegionalAuthority, CertificationBody };
}

public static class PlatformRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string OperatorAdmin = "operator-admin";
    public const string OperatorDataEntry = "operator-data-entry";
    public const string OperatorViewer = "operator-viewer";
    public const string AuthorityViewer = "authority-viewer";
    public const string CertificationReviewer = "certification-reviewer";

    /// <summary>The role an organisation's API client gets when none is asked for.</summary>
    public static string DefaultFor(string organizationKind) => organizationKind switch
    {
        OrganizationKinds.ParkOperator => OperatorAdmin,
        OrganizationKinds.RegionalAuthority => AuthorityViewer,
        OrganizationKinds.CertificationBody => CertificationReviewer,
        OrganizationKinds.Platform => PlatformAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(organizationKind), organizationKind, "unknown organisation kind"),
    };

    public static IReadOnlySet<string> AllowedFor(string organizationKind) => organizationKind switch
    {
        OrganizationKinds.ParkOperator => new HashSet<string> { OperatorAdmin, OperatorDataEntry, OperatorViewer },
        OrganizationKinds.RegionalAuthority => new HashSet<string> { AuthorityViewer },
        OrganizationKinds.CertificationBody => new HashSet<string> { CertificationReviewer },
        OrganizationKinds.Platform => new HashSet<string> { PlatformAdmin },
        _ => new HashSet<string>(),
    };
}

/// <summary>The audiences of the platform's services: a token names the ones it may be used at.</summary>
public static class PlatformAudiences
{
    public const string Gateway = "carbon-gateway";
    public static readonly string[] Services =
        ["park-registry", "activity-data", "emission-factors", "accounting", "evaluation", "certification", "identity"];

    public static string For(string serviceName) => $"carbon-{serviceName}";
}
