using System.Text.Json.Nodes;
using CarbonPlatform.Pathways.Engine.Measures;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>
/// On-site generation is self-consumed: it replaces purchased electricity (never below zero). Green electricity covers
/// part of what is still purchased (accounting.md: never more than the purchased electricity), so both cap what they
/// would exceed, and the lineage says so.
/// </summary>
internal static class Electricity
{
    public static void Generate(List<ProjectedLine> lines, Measure m)
    {
        lines.Add(ProjectedLine.Added(m.Id, $"{YearLines.N(m.Quantity)} MWh generated and self-consumed", new JsonObject
        {
            ["id"] = $"{m.Id}:onsite-generation", ["kind"] = "onsite-generation", ["source"] = "non-fossil",
            ["quantity"] = m.Quantity, ["unit"] = "MWh",
        }));
        var left = m.Quantity;
        foreach (var purchased in lines.Where(l => l.Kind == "purchased-electricity"))
        {
            if (left <= 0) break;
            var per = EnergyUnits.MwhPer(purchased.Unit) ?? 1;
            var cut = Math.Min(left, purchased.Quantity * per);
            if (cut <= 0) continue;
            purchased.Change(m.Id, $"− {YearLines.N(cut)} MWh replaced by on-site generation", purchased.Quantity - cut / per);
            left -= cut;
        }
        CapGreen(lines, m.Id);
    }

    public static void Green(List<ProjectedLine> lines, Measure m)
    {
        var room = Math.Max(0, Purchased(lines) - GreenTotal(lines));
        var quantity = Math.Min(m.Quantity, room);
        var instrument = m.Instrument ?? "green-power-trade";
        lines.Add(ProjectedLine.Added(m.Id, quantity < m.Quantity
                ? $"{YearLines.N(quantity)} of {YearLines.N(m.Quantity)} MWh ({instrument}): capped at the purchased electricity"
                : $"{YearLines.N(quantity)} MWh ({instrument})",
            new JsonObject
            {
                ["id"] = $"{m.Id}:green-electricity", ["kind"] = "green-electricity", ["instrument"] = instrument,
                ["quantity"] = quantity, ["unit"] = "MWh",
            }));
    }

    private static void CapGreen(List<ProjectedLine> lines, string measure)
    {
        var excess = GreenTotal(lines) - Purchased(lines);
        foreach (var green in lines.Where(l => l.Kind == "green-electricity").Reverse())
        {
            if (excess <= 0) return;
            var per = EnergyUnits.MwhPer(green.Unit) ?? 1;
            var cut = Math.Min(excess, green.Quantity * per);
            green.Change(measure, $"− {YearLines.N(cut)} MWh: no more green electricity than is still purchased", green.Quantity - cut / per);
            excess -= cut;
        }
    }

    private static double Purchased(IEnumerable<ProjectedLine> lines) => Mwh(lines, "purchased-electricity");
    private static double GreenTotal(IEnumerable<ProjectedLine> lines) => Mwh(lines, "green-electricity");
    private static double Mwh(IEnumerable<ProjectedLine> lines, string kind) =>
        lines.Where(l => l.Kind == kind).Sum(l => l.Quantity * (EnergyUnits.MwhPer(l.Unit) ?? 1));
}
