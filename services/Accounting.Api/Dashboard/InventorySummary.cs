using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Accounting.Inventories;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>
/// What a dashboard shows of an inventory without its lines: totals and gases as calculated, the counted lines summed by
/// scope, kind and month, the largest lines, and the lines resting on a factor not yet confirmed, grouped.
/// </summary>
public sealed record InventorySummary(Guid ParkId, int Year, string Method, int Version, InventoryStatus Status, string FactorRelease,
    DateTime ComputedAt, int Lines, Totals Totals, IReadOnlyDictionary<string, GasTotal> Gases, IReadOnlyList<ScopeTotal> ByScope,
    IReadOnlyList<KindTotal> ByKind, IReadOnlyList<LineTotal> Largest, MonthTotals ByMonth, UnverifiedLines Unverified);

/// <summary>The lines counted in a scope (not excluded): their tCO2e (location-based for electricity) and how many.</summary>
public sealed record ScopeTotal(int Scope, double Co2e, int Lines);

/// <summary>The emitting lines (counted, above zero) of one kind, largest kind first.</summary>
public sealed record KindTotal(string Kind, double Co2e, int Lines);

public sealed record LineTotal(string Id, string Kind, int? Scope, double Co2e);

/// <summary>
/// The emitting lines by the month their latest ledger entry is for; annual: those recorded for the whole year;
/// missing: months without a line when any line is monthly.
/// </summary>
public sealed record MonthTotals(IReadOnlyList<MonthTotal> Months, double Annual, IReadOnlyList<int> Missing);

public sealed record MonthTotal(int Month, double Co2e, int Lines);

/// <summary>Counted lines with an input whose factor status is not confirmed (or flagged unverified-factor).</summary>
public sealed record UnverifiedLines(int Lines, IReadOnlyList<UnverifiedGroup> ByFactor, IReadOnlyList<UnverifiedGroup> ByKind);

/// <summary>Lines sharing one finding (a factor@release and its status, or a kind of line): how many, and the first few ids.</summary>
public sealed record UnverifiedGroup(string Key, string? Status, int Lines, IReadOnlyList<string> Sample);
