using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Pathways.Engine.Optimisation;
using CarbonPlatform.Pathways.Engine.Projection;

namespace CarbonPlatform.Evaluation.Pathways;

/// <summary>
/// A scenario: the baseline (a calculation request with its year, the body of POST /calculations), the target under a
/// scheme version (grade, or a pass for the 910 family, and year), the management and indicator values as in evaluation
/// previews, the measures and the discount rate for the discounted total. A measure: id, kind (growth, efficiency,
/// fuel-switch, onsite-generation, green-electricity, carbon-sink, offset), startYear, percent or quantity, capex, opexPerYear,
/// and as its kind needs line or lineKind, to, efficiency, source, instrument, sinkType, lifetimeYears, maxQuantity.
/// </summary>
public sealed record PathwayPreviewRequest(string Scheme, int? SchemeVersion, PathwayTarget Target, IReadOnlyDictionary<string, object> Baseline,
    IReadOnlyDictionary<string, object>? Management, IReadOnlyDictionary<string, object>? Indicators, IReadOnlyList<PathwayMeasure>? Measures,
    double? DiscountRate);

/// <summary>The grade to reach (or "pass"; left out for a pass-fail scheme) and the year it must hold in.</summary>
public sealed record PathwayTarget(string? Grade, int Year);

/// <summary>One measure of a scenario (docs/pathways.md says what each kind does to the lines).</summary>
public sealed record PathwayMeasure(string Id, string Kind, int StartYear, double? Percent, double? Quantity, string? Unit, string? Line,
    string? LineKind, string? To, double? Efficiency, string? Source, string? Instrument, string? SinkType, double? Capex, double? OpexPerYear,
    int? LifetimeYears, double? MaxQuantity);

/// <summary>Every year from the baseline's to the target's; whether and when the target is reached; the cost, plain and discounted.</summary>
public sealed record PathwayPreviewResponse(string Scheme, int SchemeVersion, string Target, int TargetYear, IReadOnlyList<PathwayYear> Years,
    bool ReachesTarget, int? FirstYearAtTarget, double TotalCost, double DiscountedTotalCost)
{
    public static PathwayPreviewResponse From(PathwayProjection p) => new(p.Scheme, p.SchemeVersion, p.Target, p.TargetYear,
        p.Years.Select(PathwayYear.From).ToList(), p.ReachesTarget, p.FirstYearAtTarget, p.TotalCost, p.DiscountedTotalCost);
}

/// <summary>
/// One projected year: the calculation's totals, the grade and pass under the scheme, the management score as declared,
/// the year's cost (capex of measures starting, opex of those active) and the cumulative cost, the active measures, and
/// the lineage of every line a measure changed or added.
/// </summary>
public sealed record PathwayYear(int Year, Totals Totals, string? Grade, bool? Passed, decimal? ManagementScore, bool AtTarget, double Cost,
    double CumulativeCost, IReadOnlyList<string> ActiveMeasures, IReadOnlyList<LineLineage> Lines)
{
    public static PathwayYear From(ProjectedYear y) => new(y.Year, y.Totals.Deserialize<Totals>(EngineJson.Options)!, y.Grade, y.Passed,
        y.ManagementScore, y.AtTarget, y.Cost, y.CumulativeCost, y.ActiveMeasures, y.Lines);
}

/// <summary>
/// reachable with the measures chosen (units, quantity, start year, discounted cost), the discounted total and the
/// projection of that choice year by year; or reachable false with the reasons. The abatement curve either way.
/// </summary>
public sealed record PathwayOptimisationResponse(string Scheme, int SchemeVersion, string Target, int TargetYear, bool Reachable,
    IReadOnlyList<string> Reasons, IReadOnlyList<ChosenMeasure> Measures, double? DiscountedTotalCost, bool ProvenOptimal,
    PathwayPreviewResponse? Projection, IReadOnlyList<AbatementCost> AbatementCurve, int SolverRuns, int RejectedByEngine)
{
    public static PathwayOptimisationResponse From(PathwayOptimisation o) => new(o.Scheme, o.SchemeVersion, o.Target, o.TargetYear, o.Reachable,
        o.Reasons, o.Measures, o.DiscountedTotalCost, o.ProvenOptimal, o.Projection is null ? null : PathwayPreviewResponse.From(o.Projection),
        o.AbatementCurve, o.SolverRuns, o.RejectedByEngine);
}
