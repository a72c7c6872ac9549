namespace CarbonPlatform.Testing;

/// <summary>The callers of the tests, as the claims the identity service would give them.</summary>
public static class Callers
{
    public const string RegistryAudience = "carbon-park-registry";

    public static TokenClaims PlatformAdmin(params string[] audiences) => new()
    {
        Subject = "platform-admin",
        OrganizationKind = "platform",
        Roles = ["platform-admin"],
        Audiences = audiences.Length > 0 ? audiences : [RegistryAudience],
    };

    public static TokenClaims Operator(Guid organizationId, string role = "operator-admin") => new()
    {
        Subject = $"operator-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "park-operator",
        Roles = [role],
        Audiences = [RegistryAudience],
    };

    public static TokenClaims Authority(Guid organizationId, string regionCode) => new()
    {
        Subject = $"authority-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "regional-authority",
        RegionCode = regionCode,
        Roles = ["authority-viewer"],
        Audiences = [RegistryAudience],
    };
}
