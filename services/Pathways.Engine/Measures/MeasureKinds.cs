namespace CarbonPlatform.Pathways.Engine.Measures;

public static class MeasureKinds
{
    private static readonly Dictionary<string, MeasureKind> ByName = new(StringComparer.Ordinal)
    {
        ["growth"] = MeasureKind.Growth,
        ["efficiency"] = MeasureKind.Efficiency,
        ["fuel-switch"] = MeasureKind.FuelSwitch,
        ["onsite-generation"] = MeasureKind.OnsiteGeneration,
        ["green-electricity"] = MeasureKind.GreenElectricity,
        ["carbon-sink"] = MeasureKind.CarbonSink,
        ["offset"] = MeasureKind.Offset,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out MeasureKind kind) => ByName.TryGetValue(name, out kind);

    public static string Name(this MeasureKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>The measure's own unit.</summary>
    public static string Unit(this MeasureKind kind) => kind switch
    {
        MeasureKind.Growth or MeasureKind.Efficiency or MeasureKind.FuelSwitch => "%",
        MeasureKind.OnsiteGeneration or MeasureKind.GreenElectricity => "MWh",
        _ => "tCO2e",
    };

    /// <summary>The order measures are applied in, whatever order the scenario lists them.</summary>
    public static int Order(this MeasureKind kind) => (int)kind;
}
