namespace CarbonPlatform.Contracts.ParkRegistry;

public sealed record OrganizationRegistered(Guid OrganizationId, string Name, string Kind, string? RegionCode);

public sealed record ParkRegistered(Guid ParkId, string Name, string RegionCode, Guid OperatorOrganizationId);

public sealed record ParkLifecycleChanged(Guid ParkId, string From, string To, string Reason);
