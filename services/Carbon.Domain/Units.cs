namespace CarbonPlatform.Domain;

public enum UnitFamily
{
    Unknown,
    /// <summary>Mass of a material or gas: t, kg, kt.</summary>
    Mass,
    /// <summary>tCO2: mass of CO2.</summary>
    Co2Mass,
    /// <summary>tCO2e: mass of CO2 equivalent.</summary>
    Co2eMass,
    GasVolume,
    Energy,
    Heat,
}

/// <summary>The units accepted on activity lines and their conversion to the family's canonical unit.</summary>
public static class Units
{
    public const string Tonne = "t";
    public const string TenThousandNm3 = "10^4Nm3";
    public const string MWh = "MWh";
    public const string GJ = "GJ";
    public const string TCo2 = "tCO2";
    public const string TCo2e = "tCO2e";

    /// <summary>Canonical units: t, 10^4Nm3, MWh, GJ (tCO2 and tCO2e are tonnes).</summary>
    public static UnitFamily Parse(string? unit, out double toCanonical)
    {
        (UnitFamily family, toCanonical) = unit switch
        {
            "t" => (UnitFamily.Mass, 1.0),
            "kg" => (UnitFamily.Mass, 0.001),
            "kt" => (UnitFamily.Mass, 1000.0),
            "tCO2" => (UnitFamily.Co2Mass, 1.0),
            "tCO2e" => (UnitFamily.Co2eMass, 1.0),
            "10^4Nm3" => (UnitFamily.GasVolume, 1.0),
            "Nm3" => (UnitFamily.GasVolume, 0.0001),
            "MWh" => (UnitFamily.Energy, 1.0),
            "kWh" => (UnitFamily.Energy, 0.001),
            "GWh" => (UnitFamily.Energy, 1000.0),
            "GJ" => (UnitFamily.Heat, 1.0),
            "MJ" => (UnitFamily.Heat, 0.001),
            "TJ" => (UnitFamily.Heat, 1000.0),
            _ => (UnitFamily.Unknown, 0.0),
        };
        return family;
    }

    public static string Describe(UnitFamily family) => family switch
    {
        UnitFamily.Mass => "mass (t, kg, kt)",
        UnitFamily.Co2Mass => "mass of CO2 (tCO2)",
        UnitFamily.Co2eMass => "mass of CO2e (tCO2e)",
        UnitFamily.GasVolume => "gas volume (10^4Nm3, Nm3)",
        UnitFamily.Energy => "energy (MWh, kWh, GWh)",
        UnitFamily.Heat => "heat (GJ, MJ, TJ)",
        _ => "unknown",
    };
}
