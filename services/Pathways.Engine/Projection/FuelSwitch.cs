using System.Text.Json.Nodes;
using CarbonPlatform.Pathways.Engine.Measures;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>
/// A share of a fuel-combustion line replaced by purchased electricity or heat: the fuel's energy (quantity × NCV, the
/// NCV the baseline's calculation used) times the stated efficiency becomes the new carrier's quantity.
/// </summary>
internal static class FuelSwitch
{
    public static void Apply(List<ProjectedLine> lines, Measure m, IReadOnlyDictionary<string, double> baselineNcv)
    {
        var fuel = lines.FirstOrDefault(l => l.Id == m.Line);
        if (fuel is null || !baselineNcv.TryGetValue(fuel.Id, out var ncv)) return; // the reader refuses such a measure
        var share = m.Quantity / 100;
        var switched = fuel.Quantity * share;
        fuel.Change(m.Id, $"× {YearLines.N(1 - share)} ({YearLines.N(m.Quantity)} % switched to {m.To})", fuel.Quantity - switched);
        var gj = switched * ncv * m.Efficiency;
        var toElectricity = m.To == "purchased-electricity";
        var line = new JsonObject
        {
            ["id"] = $"{m.Id}:{m.To}", ["kind"] = m.To,
            ["quantity"] = toElectricity ? gj / EnergyUnits.GjPerMwh : gj, ["unit"] = toElectricity ? "MWh" : "GJ",
        };
        if (!toElectricity) line["source"] = m.Source ?? "fossil";
        lines.Add(ProjectedLine.Added(m.Id,
            $"{YearLines.N(switched)} {fuel.Unit} of {fuel.Id} × NCV {YearLines.N(ncv)} GJ × efficiency {YearLines.N(m.Efficiency)}", line));
    }
}
