using System.Globalization;
using System.Text.Json.Nodes;
using CarbonPlatform.Pathways.Engine.Measures;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>
/// The lines of one projected year: the baseline's lines with every measure active that year applied, in the order of
/// <see cref="MeasureKinds.Order"/> (growth first, so a measure acts on the grown activity; offsets last).
/// </summary>
public static class YearLines
{
    public static IReadOnlyList<ProjectedLine> Build(JsonArray baselineLines, IEnumerable<Measure> measures, int year,
        IReadOnlyDictionary<string, double> baselineNcv)
    {
        var lines = baselineLines.OfType<JsonObject>()
            .Select(l => new ProjectedLine((JsonObject)l.DeepClone(), l["quantity"]?.GetValue<double>()))
            .ToList();
        foreach (var measure in measures.OrderBy(m => m.Kind.Order()))
        {
            if (measure.Kind == MeasureKind.Growth) Grow(lines, measure, year);
            else if (measure.IsActive(year)) Apply(lines, measure, year, baselineNcv);
        }
        return lines;
    }

    private static void Apply(List<ProjectedLine> lines, Measure m, int year, IReadOnlyDictionary<string, double> baselineNcv)
    {
        switch (m.Kind)
        {
            case MeasureKind.Efficiency:
                var factor = 1 - m.Quantity / 100;
                foreach (var line in Targets(lines, m))
                    line.Change(m.Id, $"× {N(factor)} (efficiency −{N(m.Quantity)} %)", line.Quantity * factor);
                break;
            case MeasureKind.FuelSwitch: FuelSwitch.Apply(lines, m, baselineNcv); break;
            case MeasureKind.OnsiteGeneration: Electricity.Generate(lines, m); break;
            case MeasureKind.GreenElectricity: Electricity.Green(lines, m); break;
            case MeasureKind.CarbonSink:
                lines.Add(ProjectedLine.Added(m.Id, $"carbon sink of {N(m.Quantity)} tCO2e", new JsonObject
                {
                    ["id"] = $"{m.Id}:carbon-sink", ["kind"] = "carbon-sink", ["sinkType"] = m.SinkType ?? "green-space",
                    ["quantity"] = m.Quantity, ["unit"] = "tCO2e",
                }));
                break;
            case MeasureKind.Offset:
                // A projection, not a claim: the serial is made up and names the measure and year.
                lines.Add(ProjectedLine.Added(m.Id, $"offset of {N(m.Quantity)} tCO2e retired ({m.Instrument ?? "CCER"})", new JsonObject
                {
                    ["id"] = $"{m.Id}:offset", ["kind"] = "offset", ["instrument"] = m.Instrument ?? "CCER",
                    ["serial"] = $"projection:{m.Id}:{year}", ["quantity"] = m.Quantity, ["unit"] = "tCO2e",
                }));
                break;
        }
    }

    private static void Grow(List<ProjectedLine> lines, Measure m, int year)
    {
        var years = m.ActiveYearsUpTo(year);
        if (years == 0) return;
        var factor = Math.Pow(1 + m.Quantity / 100, years);
        foreach (var line in m.Line is null && m.LineKind is null ? lines.Where(l => Grows(l.Kind)) : Targets(lines, m))
            line.Change(m.Id, $"× {N(factor)} (growth {N(m.Quantity)} % a year, {years} year(s))", line.Quantity * factor);
    }

    /// <summary>Activity grows; contracts and neutralisation bought in fixed amounts, and on-site capacity, do not.</summary>
    private static bool Grows(string kind) => kind is not ("carbon-sink" or "offset" or "green-electricity" or "onsite-generation");

    internal static IEnumerable<ProjectedLine> Targets(List<ProjectedLine> lines, Measure m) =>
        lines.Where(l => m.Line is { } id ? l.Id == id : l.Kind == m.LineKind).ToList();

    internal static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
