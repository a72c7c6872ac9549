using System.Globalization;

namespace CarbonPlatform.Portal.Pathways;

/// <summary>
/// The scenario builder's form: one row per measure kind (docs/pathways.md), each with its parameters, read into the
/// measures of a pathway request. Numbers are sent as numbers; anything else is sent as written, so the API's answer names
/// the field (measures[1].percent) and the portal keeps no second copy of the rules.
/// </summary>
public static class MeasureForm
{
    /// <summary>The kinds in the order the engine applies them.</summary>
    public static readonly string[] Kinds = ["growth", "efficiency", "fuel-switch", "onsite-generation", "green-electricity", "carbon-sink", "offset"];

    /// <summary>Kinds measured in percent (of a line, or of growth a year); the others in a quantity a year.</summary>
    public static bool InPercent(string kind) => kind is "growth" or "efficiency" or "fuel-switch";

    public static string UnitOf(string kind) => kind switch
    {
        "growth" or "efficiency" or "fuel-switch" => "%",
        "onsite-generation" or "green-electricity" => "MWh",
        _ => "tCO2e",
    };

    /// <summary>The choice each kind offers beside its amount: where the switched fuel goes, the instrument, the kind of sink.</summary>
    public static IReadOnlyList<string> Options(string kind) => kind switch
    {
        "fuel-switch" => ["purchased-electricity", "purchased-heat"],
        "green-electricity" => ["green-power-trade", "green-certificate", "direct-supply"],
        "carbon-sink" => ["green-space", "forest", "wetland"],
        "offset" => ["CCER", "CEA", "VCS", "GS", "other"],
        _ => [],
    };

    public static string? OptionField(string kind) => kind switch
    {
        "fuel-switch" => "to",
        "green-electricity" or "offset" => "instrument",
        "carbon-sink" => "sinkType",
        _ => null,
    };

    /// <summary>Kinds that act on a line or a kind of line of the baseline.</summary>
    public static bool OnALine(string kind) => kind is "growth" or "efficiency" or "fuel-switch";

    /// <summary>The form field of a kind's parameter: "measure.offset.quantity".</summary>
    public static string Field(string kind, string parameter) => $"measure.{kind}.{parameter}";

    /// <summary>The measures ticked in the form, each with the parameters filled in.</summary>
    public static List<Dictionary<string, object>> Read(Func<string, string?> form)
    {
        var measures = new List<Dictionary<string, object>>();
        foreach (var kind in Kinds)
        {
            if (form(Field(kind, "on")) != "true") continue;
            var measure = new Dictionary<string, object> { ["id"] = kind, ["kind"] = kind };
            Put(measure, "startYear", form(Field(kind, "startYear")));
            Put(measure, InPercent(kind) ? "percent" : "quantity", form(Field(kind, "amount")));
            if (!InPercent(kind)) measure["unit"] = UnitOf(kind);
            if (OnALine(kind) && form(Field(kind, "line")) is { Length: > 0 } line)
            {
                if (line.StartsWith("kind:", StringComparison.Ordinal)) measure["lineKind"] = line["kind:".Length..];
                else measure["line"] = line.StartsWith("line:", StringComparison.Ordinal) ? line["line:".Length..] : line;
            }
            if (OptionField(kind) is { } option && form(Field(kind, "option")) is { Length: > 0 } chosen) measure[option] = chosen;
            if (kind == "fuel-switch") Put(measure, "efficiency", form(Field(kind, "efficiency")));
            if (kind != "growth")
            {
                Put(measure, "capex", form(Field(kind, "capex")));
                Put(measure, "opexPerYear", form(Field(kind, "opex")));
                Put(measure, "lifetimeYears", form(Field(kind, "lifetime")));
                Put(measure, "maxQuantity", form(Field(kind, "max")));
            }
            measures.Add(measure);
        }
        return measures;
    }

    /// <summary>A number as a number; an empty field left out; anything else as written, for the API to name.</summary>
    private static void Put(Dictionary<string, object> measure, string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        measure[name] = double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text.Trim();
    }
}
