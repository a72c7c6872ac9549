using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Pathways.Engine.Measures;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Pathways.Engine.Scenarios;

/// <summary>Reads <c>measures[]</c>: each error names the measure's index and field.</summary>
internal static class MeasureReader
{
    public const int MaxMeasures = 50;

    private static readonly string[] GreenInstruments = ["direct-supply", "green-power-trade", "green-certificate"];
    private static readonly string[] OffsetInstruments = ["CCER", "CEA", "VCS", "GS", "other"];
    private static readonly string[] SwitchTargets = ["purchased-electricity", "purchased-heat"];

    public static IReadOnlyList<Measure> ReadAll(JsonElement body, JsonObject baseline, int baselineYear, int targetYear, List<InputError> errors)
    {
        if (!body.TryGetProperty("measures", out var array) || array.ValueKind == JsonValueKind.Null) return [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(InputError.For("measures", "invalid-type", "measures must be an array."));
            return [];
        }
        if (array.GetArrayLength() > MaxMeasures)
        {
            errors.Add(InputError.For("measures", "too-many-measures", $"a scenario has at most {MaxMeasures} measures, not {array.GetArrayLength()}."));
            return [];
        }
        var lines = (baseline["lines"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(l => ((string?)l["id"], (string?)l["kind"])).ToList();
        var measures = new List<Measure>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"measures[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(InputError.For(path, "invalid-type", "a measure must be an object."));
                continue;
            }
            var before = errors.Count;
            var measure = Read(new Fields(element, path, errors), lines, baselineYear, targetYear);
            if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && !ids.Add(id.GetString()!))
                errors.Add(InputError.For($"{path}.id", "duplicate-measure-id", $"the measure id '{id.GetString()}' is used more than once."));
            if (measure is not null && errors.Count == before) measures.Add(measure);
        }
        return measures;
    }

    private static Measure? Read(Fields f, List<(string? Id, string? Kind)> lines, int baselineYear, int targetYear)
    {
        var id = f.String("id", required: true);
        var kindName = f.String("kind", required: true);
        var startYear = f.Integer("startYear", required: true, baselineYear, targetYear);
        var capex = f.Number("capex", min: 0) ?? 0;
        var opex = f.Number("opexPerYear", min: 0) ?? 0;
        var lifetime = f.Integer("lifetimeYears", min: 1, max: 100);
        if (kindName is null) return null;
        if (!MeasureKinds.TryParse(kindName, out var kind))
        {
            f.Error("kind", "unknown-measure-kind", $"'{kindName}' is not a measure: one of {string.Join(", ", MeasureKinds.Names)}.");
            return null;
        }
        var percentKind = kind.Unit() == "%";
        var sizeField = percentKind ? "percent" : "quantity";
        double? size = kind switch
        {
            MeasureKind.Growth => f.Number("percent", required: true, min: -100, above: true),
            MeasureKind.FuelSwitch => f.Has("percent") ? f.Number("percent", min: 0, max: 100, above: true) : 100,
            MeasureKind.Efficiency => f.Number("percent", required: true, min: 0, max: 100, above: true),
            _ => f.Number("quantity", required: true, min: 0, above: true),
        };
        var max = f.Number("maxQuantity", min: 0, max: percentKind ? 100 : null, above: true);
        if (size is { } q && max is { } m && m < q) f.Error("maxQuantity", "out-of-range", $"maxQuantity must be at least the {sizeField} ({q}).");
        if (!percentKind && f.String("unit") is { } unit && !UnitFits(kind, unit))
            f.Error("unit", "unit-mismatch", $"a {kindName} measure is in {kind.Unit()}, not {unit}.");

        var (line, lineKind) = (f.String("line"), f.String("lineKind"));
        CheckLines(f, kind, line, lineKind, lines);
        var to = kind == MeasureKind.FuelSwitch ? OneOf(f, "to", SwitchTargets, required: true) : null;
        var efficiency = kind == MeasureKind.FuelSwitch ? f.Number("efficiency", min: 0, above: true) ?? 1 : 1;
        var instrument = kind switch
        {
            MeasureKind.GreenElectricity => OneOf(f, "instrument", GreenInstruments),
            MeasureKind.Offset => OneOf(f, "instrument", OffsetInstruments),
            _ => null,
        };
        var source = kind == MeasureKind.FuelSwitch ? OneOf(f, "source", ["fossil", "non-fossil"]) : null;
        if (id is null || startYear is null || size is null) return null;
        return new Measure
        {
            Id = id, Kind = kind, StartYear = startYear.Value, Quantity = size.Value, MaxQuantity = max, Line = line, LineKind = lineKind,
            To = to, Efficiency = efficiency, Source = source, Instrument = instrument, SinkType = f.String("sinkType"),
            Capex = capex, OpexPerYear = opex, LifetimeYears = lifetime,
        };
    }

    private static void CheckLines(Fields f, MeasureKind kind, string? line, string? lineKind, List<(string? Id, string? Kind)> lines)
    {
        if (line is not null && lineKind is not null) f.Error("lineKind", "conflicting-fields", "name a line or a lineKind, not both.");
        var needsLine = kind is MeasureKind.Efficiency or MeasureKind.FuelSwitch;
        if (needsLine && line is null && lineKind is null)
            f.Error("line", "missing-field", kind == MeasureKind.FuelSwitch ? "line is required: the fuel-combustion line to switch." : "line or lineKind is required.");
        if (!needsLine && kind != MeasureKind.Growth && (line ?? lineKind) is not null)
            f.Error(line is null ? "lineKind" : "line", "not-applicable", "this measure adds its own line; it names none.");
        if (kind == MeasureKind.FuelSwitch && lineKind is not null)
            f.Error("lineKind", "not-applicable", "a fuel switch names one fuel-combustion line (line).");
        if (line is not null && !lines.Any(l => l.Id == line))
            f.Error("line", "unknown-line", $"the baseline has no line '{line}'.");
        else if (line is not null && kind == MeasureKind.FuelSwitch && lines.First(l => l.Id == line).Kind != "fuel-combustion")
            f.Error("line", "not-a-fuel-line", $"'{line}' is not a fuel-combustion line.");
        if (lineKind is not null && !lines.Any(l => l.Kind == lineKind))
            f.Error("lineKind", "unknown-line-kind", $"the baseline has no line of kind '{lineKind}'.");
    }

    private static string? OneOf(Fields f, string name, string[] allowed, bool required = false)
    {
        var value = f.String(name, required);
        if (value is not null && !allowed.Contains(value))
        {
            f.Error(name, "invalid-value", $"{name} must be one of {string.Join(", ", allowed)}, not '{value}'.");
            return null;
        }
        return value;
    }

    private static bool UnitFits(MeasureKind kind, string unit) =>
        kind.Unit() == "MWh" ? unit == "MWh" : unit is "tCO2e" or "tCO2" or "t";
}
