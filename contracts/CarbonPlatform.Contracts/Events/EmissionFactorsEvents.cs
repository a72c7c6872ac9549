namespace CarbonPlatform.Contracts.EmissionFactors;

/// <summary>A new immutable release; when it became the default, inventories are recomputed against it.</summary>
public sealed record FactorReleasePublished(string Release, int FactorCount, bool IsDefault, DateTimeOffset PublishedAt);

/// <summary>
/// The platform administrator made an existing release the default: every inventory is recomputed. Consumers read the
/// default from the emission-factors service when they compute, so two changes arriving out of order still end on the
/// default in force.
/// </summary>
public sealed record DefaultFactorReleaseChanged(string Release, string ChangedBy, DateTimeOffset ChangedAt);
