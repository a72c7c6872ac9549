using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Results;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>The answer of POST /pathway-previews: every year from the baseline's to the target's.</summary>
public sealed record PathwayProjection(
    string Scheme,
    int SchemeVersion,
    string Target,
    int TargetYear,
    IReadOnlyList<ProjectedYear> Years,
    bool ReachesTarget,
    int? FirstYearAtTarget,
    double TotalCost,
    double DiscountedTotalCost);

/// <summary>
/// One projected year: the calculation's totals, the scheme's grade and pass, the management score as declared,
/// the year's cost (capex of measures starting, opex of measures active) and the cumulative cost, and the lineage of
/// every line a measure changed or added.
/// </summary>
public sealed record ProjectedYear(
    int Year,
    JsonElement Totals,
    string? Grade,
    bool? Passed,
    decimal? ManagementScore,
    bool AtTarget,
    double Cost,
    double CumulativeCost,
    IReadOnlyList<string> ActiveMeasures,
    IReadOnlyList<LineLineage> Lines)
{
    /// <summary>The whole evaluation, for callers in-process (the optimiser); not serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public EvaluationResult? Evaluation { get; init; }

    [System.Text.Json.Serialization.JsonIgnore] public Evaluation.Engine.Inputs.InventoryFigures? Figures { get; init; }
}

/// <summary>A projected line a measure changed or added: its quantity that year, the baseline's, and each change.</summary>
public sealed record LineLineage(string Id, string Kind, double Quantity, string? Unit, double? BaselineQuantity, IReadOnlyList<LineChange> Changes)
{
    public static LineLineage Of(ProjectedLine line) =>
        new(line.Id, line.Kind, line.Quantity, line.Unit, line.BaselineQuantity, line.Changes);
}
