namespace CarbonPlatform.Portal.Pathways;

// The parts of the pathway answers (docs/pathways.md) the portal shows; field names are those of the public v1 API.

public sealed record PathwayTargetView(Guid ParkId, string Scheme, int SchemeVersion, string? Grade, int Year, int BaselineYear, string SetBy, DateTime SetAt);

public sealed record PathwayTotals(double? GrossLocation, double? GrossMarket, double? Neutralisation, double? Net, double? Ratio12, double? Ratio123, double? Co2);

public sealed record PathwayYearView(int Year, PathwayTotals Totals, string? Grade, bool? Passed, double? ManagementScore, bool AtTarget, double Cost,
    double CumulativeCost, List<string> ActiveMeasures);

public sealed record PathwayProjectionView(string Scheme, int SchemeVersion, string Target, int TargetYear, List<PathwayYearView> Years, bool ReachesTarget,
    int? FirstYearAtTarget, double TotalCost, double DiscountedTotalCost);

public sealed record ChosenMeasureView(string Id, string Kind, int Units, double Quantity, string Unit, int StartYear, double DiscountedCost);

public sealed record AbatementStep(string Measure, string Kind, double AbatementPerUnit, int MaxUnits, double AnnualCostPerUnit, double? CostPerTonne,
    double CumulativeAbatement);

public sealed record PathwayOptimisationView(bool Reachable, List<string> Reasons, List<ChosenMeasureView> Measures, double? DiscountedTotalCost,
    bool ProvenOptimal, PathwayProjectionView? Projection, List<AbatementStep> AbatementCurve);

public sealed record StoredScenarioView(Guid Id, string Name, PathwayProjectionView Projection);

public sealed record ScenarioComparisonView(PathwayTargetView Target, List<StoredScenarioView> Scenarios);

/// <summary>GET /park-results/pathways: a park's target and its newest scenario's grade by year, or why there is none.</summary>
public sealed record PathwayOutlookView(Guid ParkId, string ParkName, string RegionCode, PathwayTargetView Target, Guid? ScenarioId, string? ScenarioName,
    List<OutlookYearView> Years, bool? ReachesTarget, int? FirstYearAtTarget, OutlookGapView? Unavailable);

public sealed record OutlookYearView(int Year, string? Grade, bool? Passed, bool AtTarget, double? GrossMarket, double? Neutralisation);

public sealed record OutlookGapView(string Code, string Message);

public sealed record SchemeSummaryView(string Id, int Version, string Status, string? Method);

public sealed record SchemeGradeView(string Grade);

public sealed record SchemeDefinitionView(string Id, int Version, string? Method, string? Result, List<SchemeGradeView>? Grades,
    Platform.SchemeManagement? Management);

/// <summary>A recorded activity line as GET …/activity-records lists it: the fields a calculation request takes.</summary>
public sealed record ActivityRecordView(string Id, string Kind, double Quantity, string Unit, string? Fuel, double? Ncv, double? CarbonContent,
    double? OxidationRate, string? Direction, bool? InternationalBunker, string? Carbonate, double? CalcinationFraction, string? Product,
    double? EmissionFactor, string? Gas, string? Source, string? Instrument, int? Category, string? SinkType, string? Serial);
