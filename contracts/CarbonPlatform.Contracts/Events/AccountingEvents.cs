namespace CarbonPlatform.Contracts.Accounting;

public sealed record InventoryComputed(Guid ParkId, int Year, string Method, int Version, string FactorRelease, DateTimeOffset ComputedAt);
