using CarbonPlatform.Pathways.Engine.Projection;

namespace CarbonPlatform.Pathways.Engine.Optimisation;

/// <summary>
/// The least discounted cost that reaches the target in the target year, with the measures chosen, their units and
/// start years and the verified projection; or why no combination does. Always the marginal abatement cost curve.
/// </summary>
public sealed record PathwayOptimisation(
    string Scheme,
    int SchemeVersion,
    string Target,
    int TargetYear,
    bool Reachable,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ChosenMeasure> Measures,
    double? DiscountedTotalCost,
    bool ProvenOptimal,
    PathwayProjection? Projection,
    IReadOnlyList<AbatementCost> AbatementCurve,
    int SolverRuns,
    int RejectedByEngine);

/// <summary>A measure the optimiser chose: how many units of its quantity, from which year, at what discounted cost.</summary>
public sealed record ChosenMeasure(string Id, string Kind, int Units, double Quantity, string Unit, int StartYear, double DiscountedCost);

/// <summary>
/// One step of the marginal abatement cost curve: a unit of the measure active in the target year abates
/// <see cref="AbatementPerUnit"/> t a year (net emissions under cers-2025, CO2 under ndrc-910-2025) for an annual cost of
/// its capex annualised over its lifetime at the discount rate plus its opex. Sorted cheapest first;
/// <see cref="CumulativeAbatement"/> is the curve's x at the step's right edge (every unit up to the maximum).
/// </summary>
public sealed record AbatementCost(string Measure, string Kind, double AbatementPerUnit, int MaxUnits, double AnnualCostPerUnit,
    double? CostPerTonne, double CumulativeAbatement);
