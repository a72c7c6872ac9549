namespace CarbonPlatform.Domain.Requests;

public enum ActivityKind
{
    FuelCombustion,
    FuelConversion,
    CarbonateDecomposition,
    IndustrialProcess,
    GhgRelease,
    Co2Recovery,
    PurchasedElectricity,
    OnsiteGeneration,
    GreenElectricity,
    ExportedElectricity,
    PurchasedHeat,
    ExportedHeat,
    Scope3,
    CarbonSink,
    Offset,
}

/// <summary>The kinds' names on the wire (accounting.md).</summary>
public static class ActivityKinds
{
    private static readonly string[] Names =
    [
        "fuel-combustion", "fuel-conversion", "carbonate-decomposition", "industrial-process", "ghg-release",
        "co2-recovery", "purchased-electricity", "onsite-generation", "green-electricity", "exported-electricity",
        "purchased-heat", "exported-heat", "scope3", "carbon-sink", "offset",
    ];

    public static string Name(ActivityKind kind) => Names[(int)kind];

    public static bool TryParse(string? name, out ActivityKind kind)
    {
        var i = Array.IndexOf(Names, name);
        kind = (ActivityKind)Math.Max(i, 0);
        return i >= 0;
    }
}
