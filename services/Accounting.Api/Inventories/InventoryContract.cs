using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>
/// Where an inventory version stands: current, pending (batches or a reconciliation wait to be folded in: a newer version
/// follows), superseded by a newer version, stale (computed on a release that is no longer the default; a recomputation
/// follows) or preview (computed on request on another release, not stored).
/// </summary>
public enum InventoryStatus { Current, Pending, Superseded, Stale, Preview }

/// <summary>
/// A park's inventory of a year for one method: the calculation (totals, gases, scope 3 categories, every line with its
/// lineage, the factors used and their status) and what it rests on: version, factor release, the activity batches.
/// </summary>
public sealed record InventoryDocument(Guid ParkId, int? Version, InventoryStatus Status, DateTime ComputedAt, IReadOnlyList<Guid> Batches,
    string Method, int Year, string? GwpSet, string FactorRelease, Totals Totals, IReadOnlyDictionary<string, GasTotal> Gases,
    IReadOnlyDictionary<string, double> Scope3Categories, IReadOnlyList<LineResult> Lines, IReadOnlyList<FactorUse> Factors, IReadOnlyList<string> Flags);

/// <summary>One stored version of an inventory; failed when the recorded data could not be computed.</summary>
public sealed record InventoryVersionView(string Method, int Version, string FactorRelease, string? GwpSet, int LineCount, DateTime ComputedAt, bool Failed);

/// <summary>The audit view of one line of an inventory version.</summary>
public sealed record InventoryLineView(Guid ParkId, int Year, string Method, int Version, string FactorRelease, string? GwpSet, LineResult Line);
