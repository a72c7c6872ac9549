using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Dashboard;

// GET /parks/{id}/inventories/{year}/summary as the dashboard reads it: the charts' figures, summed by accounting.

public sealed record InventorySummaryView(Guid ParkId, int Year, string Method, int Version, string Status, string FactorRelease, int Lines,
    InventoryTotals Totals, List<ScopeTotalView> ByScope, List<KindTotalView> ByKind, List<LineTotalView> Largest, MonthTotalsView ByMonth,
    UnverifiedLinesView Unverified);

public sealed record ScopeTotalView(int Scope, double Co2e, int Lines);

public sealed record KindTotalView(string Kind, double Co2e, int Lines);

public sealed record LineTotalView(string Id, string Kind, int? Scope, double Co2e);

public sealed record MonthTotalsView(List<MonthTotalView> Months, double Annual, List<int> Missing);

public sealed record MonthTotalView(int Month, double Co2e, int Lines);

public sealed record UnverifiedLinesView(int Lines, List<UnverifiedGroupView> ByFactor, List<UnverifiedGroupView> ByKind);

public sealed record UnverifiedGroupView(string Key, string? Status, int Lines, List<string> Sample);
