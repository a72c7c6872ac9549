namespace CarbonPlatform.Portal.Pathways;

/// <summary>One year of the trajectory chart: emissions (gross, market-based where it differs) and neutralisation, and the grade.</summary>
public sealed record TrajectoryPoint(int Year, double Emissions, double Neutralisation, string? Grade, bool? Passed, bool AtTarget)
{
    public static List<TrajectoryPoint> From(PathwayProjectionView projection) => projection.Years.Select(y => new TrajectoryPoint(y.Year,
        y.Totals.GrossMarket ?? y.Totals.GrossLocation ?? 0, y.Totals.Neutralisation ?? 0, y.Grade, y.Passed, y.AtTarget)).ToList();

    public static List<TrajectoryPoint> From(IEnumerable<OutlookYearView> years) =>
        years.Select(y => new TrajectoryPoint(y.Year, y.GrossMarket ?? 0, y.Neutralisation ?? 0, y.Grade, y.Passed, y.AtTarget)).ToList();
}

/// <summary>
/// A step of the marginal abatement cost curve as drawn: from <see cref="X"/> for <see cref="Width"/> (shares of the total
/// abatement, 0–100) at a height of its cost per tonne (a share of the dearest, 0–100). Measures that abate nothing are not drawn.
/// </summary>
public sealed record CurveStep(AbatementStep Step, double Abatement, double X, double Width, double Height)
{
    public static List<CurveStep> From(IReadOnlyList<AbatementStep> curve)
    {
        var drawn = curve.Where(s => s.CostPerTonne is not null && s.AbatementPerUnit > 0).ToList();
        var total = drawn.Sum(s => s.AbatementPerUnit * s.MaxUnits);
        var dearest = drawn.Select(s => Math.Abs(s.CostPerTonne!.Value)).DefaultIfEmpty(0).Max();
        var steps = new List<CurveStep>();
        var x = 0.0;
        foreach (var s in drawn)
        {
            var abatement = s.AbatementPerUnit * s.MaxUnits;
            var width = total > 0 ? abatement / total * 100 : 0;
            steps.Add(new CurveStep(s, abatement, x, width, dearest > 0 ? Math.Abs(s.CostPerTonne!.Value) / dearest * 100 : 0));
            x += width;
        }
        return steps;
    }
}
