namespace CarbonPlatform.ServiceDefaults.Auth;

/// <summary>
/// Which platform services each service calls over gRPC: the scopes its service client may ask the identity service
/// for, and no others, so a service that is taken over reaches only what it already needed. Keep this in step with the
/// services' <c>AddServiceToken(...)</c> calls (the end-to-end tests make every one of these calls). Every service
/// also reads the identity service's revocation list (<see cref="Revocations.RevocationPoller"/>).
/// </summary>
public static class PlatformServiceCalls
{
    private static readonly Dictionary<string, string[]> Targets = new(StringComparer.Ordinal)
    {
        ["identity"] = ["park-registry", "identity"],
        ["park-registry"] = ["identity"],
        ["activity-data"] = ["park-registry", "emission-factors", "identity"],
        ["emission-factors"] = ["identity"],
        ["accounting"] = ["park-registry", "activity-data", "emission-factors", "identity"],
        ["evaluation"] = ["park-registry", "accounting", "activity-data", "identity"],
        ["certification"] = ["park-registry", "evaluation", "identity"],
    };

    /// <summary>The services <paramref name="serviceName"/> calls; none for a name that is no platform service.</summary>
    public static IReadOnlyList<string> TargetsOf(string serviceName) => Targets.GetValueOrDefault(serviceName, []);

    public static IEnumerable<string> Callers => Targets.Keys;
}
