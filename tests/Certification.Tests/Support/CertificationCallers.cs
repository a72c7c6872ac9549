using CarbonPlatform.Testing;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>Callers of the certification service, as the identity service would mint them.</summary>
public static class CertificationCallers
{
    public const string Audience = "carbon-certification";

    public static TokenClaims Body(Guid organizationId) => new()
    {
        Subject = $"reviewer-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "certification-body",
        Roles = ["certification-reviewer"],
        Audiences = [Audience],
    };

    public static TokenClaims Operator(Guid organizationId) => new()
    {
        Subject = $"operator-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "park-operator",
        Roles = ["operator-admin"],
        Audiences = [Audience],
    };

    public static TokenClaims Authority(Guid organizationId) => new()
    {
        Subject = $"authority-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "regional-authority",
        RegionCode = "320000",
        Roles = ["authority-viewer"],
        Audiences = [Audience],
    };

    public static TokenClaims PlatformAdmin() => new()
    {
        Subject = "platform-admin",
        OrganizationKind = "platform",
        Roles = ["platform-admin"],
        Audiences = [Audience],
    };
}
