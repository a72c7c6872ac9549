using CarbonPlatform.ParkRegistry.Lifecycle;

namespace CarbonPlatform.ParkRegistry.Parks;

/// <summary>A registered park: where it is (GB/T 2260 region code), who operates it, its lifecycle stage and certifying body.</summary>
public sealed record ParkView(Guid Id, string Name, string RegionCode, Guid OperatorOrganizationId, ParkStage Stage, Guid? CertifyingBodyId,
    string? Boundary, DateTime CreatedAt);

/// <summary>The id of what was just created.</summary>
public sealed record CreatedId(Guid Id);
