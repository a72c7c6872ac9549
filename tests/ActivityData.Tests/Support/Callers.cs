using CarbonPlatform.Testing;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>The callers of the tests, as the claims the identity service would give them (audience: activity-data).</summary>
public static class Callers
{
    public const string Audience = "carbon-activity-data";

    public static TokenClaims PlatformAdmin() => new() { Subject = "platform-admin", OrganizationKind = "platform", Roles = ["platform-admin"], Audiences = [Audience] };

    public static TokenClaims Operator(Guid organizationId, string role = "operator-admin") => new()
    {
        Subject = $"{role}-{organizationId:N}",
        OrganizationId = organizationId.ToString(),
        OrganizationKind = "park-operator",
        Roles = [role],
        Audiences = [Audience],
    };

    /// <summary>A person of an enterprise organisation of <paramref name="parkId"/>, for its enterprise record there.</summary>
    public static TokenClaims Enterprise(Guid parkId, Guid enterpriseId, string role = "enterprise-data-entry") => new()
    {
        Subject = $"{role}-{enterpriseId:N}",
        OrganizationId = Guid.NewGuid().ToString(),
        OrganizationKind = "enterprise",
        ParkId = parkId.ToString(),
        EnterpriseId = enterpriseId.ToString(),
        Roles = [role],
        Audiences = [Audience],
    };
}
