namespace CarbonPlatform.Contracts.EmissionFactors;

/// <summary>A new immutable release; when it became the default, inventories are recomputed against it.</summary>
public sealed record FactorReleasePublished(string Release, int FactorCount, bool IsDefault, DateTimeOffset PublishedAt);
