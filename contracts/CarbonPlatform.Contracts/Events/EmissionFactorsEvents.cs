namespace CarbonPlatform.Contracts.EmissionFactors;

public sealed record FactorReleasePublished(string Release, int FactorCount, DateTimeOffset PublishedAt);
