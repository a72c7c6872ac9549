using CarbonPlatform.Domain.Factors;

namespace CarbonPlatform.EmissionFactors.Releases;

/// <summary>A published, immutable factor release; isDefault marks the one inventories are computed on.</summary>
public sealed record ReleaseView(string Name, string Description, string? BasedOn, bool IsDefault, int FactorCount, string PublishedBy, DateTime PublishedAt);

/// <summary>One release and how many of its factors have each status (official, secondary-source, unverified, …).</summary>
public sealed record ReleaseDetail(ReleaseView Release, IReadOnlyDictionary<string, int> FactorsByStatus);

/// <summary>The release just published.</summary>
public sealed record PublishedRelease(string Name, int FactorCount, bool IsDefault);

/// <summary>The default release after the call; changed is false when it already was the default.</summary>
public sealed record DefaultReleaseView(string Name, bool IsDefault, bool Changed);

/// <summary>Factors of a release matching the filters, ordered by id.</summary>
/// <summary>A page of a release's factors: the release they come from, the factors, the cursor of the next page.</summary>
public sealed record FactorList(string Release, IReadOnlyList<Factor> Items, string? NextCursor);

/// <summary>The grid-average and residual-mix factors an inventory of that year and region uses.</summary>
public sealed record ElectricityFactors(string Release, Factor? GridAverage, Factor? ResidualMix);
