using CarbonPlatform.Evaluation.Pathways.Parks;

namespace CarbonPlatform.Evaluation.Pathways.Outlook;

/// <summary>
/// A park's target and where its plan takes it: the newest stored scenario projected now, year by year, against the target
/// and the park's current inventory of the baseline year; or why there is no projection (no scenario, no baseline data).
/// </summary>
public sealed record ParkPathwayOutlook(Guid ParkId, string ParkName, string RegionCode, ParkTargetView Target, Guid? ScenarioId,
    string? ScenarioName, IReadOnlyList<OutlookYear> Years, bool? ReachesTarget, int? FirstYearAtTarget, OutlookGap? Unavailable);

/// <summary>One projected year: the grade (or pass) under the target's scheme, whether it meets the target, and the two totals the ratios divide, tCO2e.</summary>
public sealed record OutlookYear(int Year, string? Grade, bool? Passed, bool AtTarget, double? GrossMarket, double? Neutralisation);

/// <summary>Why a park with a target has no projection: no-scenario, or the problem projecting its scenario gave (e.g. no-activity-data).</summary>
public sealed record OutlookGap(string Code, string Message);

/// <summary>The cursor of the outlook: the last park of the page before (the list is ordered by park id).</summary>
public sealed record OutlookKey(Guid ParkId);
