namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>accounting.md's energy and heat units, as MWh and GJ.</summary>
public static class EnergyUnits
{
    public const double GjPerMwh = 3.6;

    public static double? MwhPer(string? unit) => unit switch
    {
        "MWh" => 1, "kWh" => 0.001, "GWh" => 1000, _ => null,
    };

    public static double? GjPer(string? unit) => unit switch
    {
        "GJ" => 1, "MJ" => 0.001, "TJ" => 1000, _ => null,
    };
}
