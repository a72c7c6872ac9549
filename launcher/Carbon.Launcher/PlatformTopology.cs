namespace CarbonPlatform.Launcher;

/// <summary>A deployable of the platform: where its build output is and which ports it takes.</summary>
public sealed record ServiceSpec(string Name, string ProjectFolder, string AssemblyName, int Index, bool ServesGrpc, string ConfigName);

public static class PlatformTopology
{
    public static readonly IReadOnlyList<ServiceSpec> Services =
    [
        new("identity", "services/Identity.Api", "CarbonPlatform.Identity.Api", 1, false, "Identity"),
        new("park-registry", "services/ParkRegistry.Api", "CarbonPlatform.ParkRegistry.Api", 2, true, "ParkRegistry"),
        new("activity-data", "services/ActivityData.Api", "CarbonPlatform.ActivityData.Api", 3, true, "ActivityData"),
        new("emission-factors", "services/EmissionFactors.Api", "CarbonPlatform.EmissionFactors.Api", 4, true, "EmissionFactors"),
        new("accounting", "services/Accounting.Api", "CarbonPlatform.Accounting.Api", 5, true, "Accounting"),
        new("evaluation", "services/Evaluation.Api", "CarbonPlatform.Evaluation.Api", 6, true, "Evaluation"),
        new("certification", "services/Certification.Api", "CarbonPlatform.Certification.Api", 7, false, "Certification"),
        new("portal", "services/Portal", "CarbonPlatform.Portal", 8, false, "Portal"),
    ];

    public static readonly ServiceSpec Gateway = new("gateway", "gateway/Gateway", "CarbonPlatform.Gateway", 0, false, "Gateway");

    public static IEnumerable<ServiceSpec> All => Services.Append(Gateway);

    /// <summary>The services with a client at the identity service for gRPC calls: all but the portal (the gateway is no service).</summary>
    public static bool CallsGrpc(ServiceSpec spec) => spec.Name != "portal" && spec != Gateway;
}
