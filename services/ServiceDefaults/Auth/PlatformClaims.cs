namespace CarbonPlatform.ServiceDefaults.Auth;

/// <summary>The claims the identity service puts in every access token.</summary>
public static class PlatformClaims
{
    // The platform's own claims: the caller's organisation and region, and an enterprise's park.
    public const string OrganizationId = "org_id";
    public const string OrganizationKind = "org_kind";
    public const string RegionCode = "region_code";
    /// <summary>An enterprise organisation's park and its enterprise record there (activity-data's Enterprise).</summary>
    public const string ParkId = "park_id";
    public const string EnterpriseId = "enterprise_id";

    /// <summary>The claims the identity server registers beside the standard OpenID Connect ones.</summary>
    public static readonly string[] Own = [OrganizationId, OrganizationKind, RegionCode, ParkId, EnterpriseId];

    // Standard claims, under the names the services read them by.
    public const string Subject = "sub";
    public const string ClientId = "client_id";
    public const string Role = "role";
    /// <summary>A person's sign-in session at the identity service: signing out revokes every token it gave.</summary>
    public const string SessionId = "sid";
    public const string IssuedAt = "iat";
}

public static class OrganizationKinds
{
    public const string Platform = "platform";
    public const string ParkOperator = "park-operator";
    public const string RegionalAuthority = "regional-authority";
    public const string CertificationBody = "certification-body";
    /// <summary>An enterprise inside a park (园区企业): its people and clients see and write only their own enterprise's data.</summary>
    public const string Enterprise = "enterprise";

    public static readonly IReadOnlySet<string> Tenants = new HashSet<string> { ParkOperator, RegionalAuthority, CertificationBody, Enterprise };
}

public static class PlatformRoles
{
    public const string OperatorAdmin = "operator-admin";
    public const string OperatorDataEntry = "operator-data-entry";
    public const string OperatorViewer = "operator-viewer";
    /// <summary>Approves or returns submitted batches (maker–checker); reads the park, writes no data of its own.</summary>
    public const string OperatorReviewer = "operator-reviewer";
    private static readonly IReadOnlySet<string> OperatorRoles = new HashSet<string> { OperatorAdmin, OperatorDataEntry, OperatorViewer, OperatorReviewer };

    public const string EnterpriseDataEntry = "enterprise-data-entry";
    public const string EnterpriseViewer = "enterprise-viewer";
    private static readonly IReadOnlySet<string> EnterpriseRoles = new HashSet<string> { EnterpriseDataEntry, EnterpriseViewer };

    public const string AuthorityViewer = "authority-viewer";
    private static readonly IReadOnlySet<string> AuthorityRoles = new HashSet<string> { AuthorityViewer };

    public const string CertificationReviewer = "certification-reviewer";
    private static readonly IReadOnlySet<string> CertificationRoles = new HashSet<string> { CertificationReviewer };

    public const string PlatformAdmin = "platform-admin";
    private static readonly IReadOnlySet<string> PlatformRolesOnly = new HashSet<string> { PlatformAdmin };

    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>Manages the organisation's people and API clients; no service grants data access for it.</summary>
    public const string OrganizationAdmin = "organization-admin";

    /// <summary>
    /// A platform service calling another's gRPC API. Only the identity service's own service clients get it: it is
    /// in no <see cref="AllowedFor"/> set, so no organisation's client or person can be given it, and it grants no data.
    /// </summary>
    public const string PlatformService = "platform-service";

    /// <summary>The role an organisation's API client gets when none is asked for.</summary>
    public static string DefaultFor(string organizationKind) => organizationKind switch
    {
        OrganizationKinds.ParkOperator => OperatorAdmin,
        OrganizationKinds.RegionalAuthority => AuthorityViewer,
        OrganizationKinds.CertificationBody => CertificationReviewer,
        OrganizationKinds.Enterprise => EnterpriseDataEntry,
        OrganizationKinds.Platform => PlatformAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(organizationKind), organizationKind, "unknown organisation kind"),
    };

    /// <summary>The data roles of an organisation kind: what its API clients may have, and what grants access to data.</summary>
    public static IReadOnlySet<string> AllowedFor(string organizationKind) => organizationKind switch
    {
        OrganizationKinds.ParkOperator => OperatorRoles,
        OrganizationKinds.RegionalAuthority => AuthorityRoles,
        OrganizationKinds.CertificationBody => CertificationRoles,
        OrganizationKinds.Enterprise => EnterpriseRoles,
        OrganizationKinds.Platform => PlatformRolesOnly,
        _ => None,
    };

    /// <summary>What a person of a tenant organisation may be given: the kind's data roles and organisation administration.</summary>
    public static IReadOnlySet<string> AllowedForPeople(string organizationKind) =>
        OrganizationKinds.Tenants.Contains(organizationKind)
            ? new HashSet<string>(AllowedFor(organizationKind)) { OrganizationAdmin }
            : None;
}

/// <summary>The audiences of the platform's services: a token names the ones it may be used at.</summary>
public static class PlatformAudiences
{
    public const string Gateway = "carbon-gateway";
    public static readonly string[] Services =
        ["park-registry", "activity-data", "emission-factors", "accounting", "evaluation", "certification", "identity"];

    public static string For(string serviceName) => $"carbon-{serviceName}";
}
