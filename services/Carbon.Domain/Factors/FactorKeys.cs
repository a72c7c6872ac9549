namespace CarbonPlatform.Domain.Factors;

/// <summary>The keys a release may use inside each category, and the ids built from them.</summary>
public static class FactorKeys
{
    // An electricity factor's family, level and area.
    public const string GridAverage = "grid-average";
    public const string ResidualMix = "residual-mix";
    public const string FossilPower = "fossil-power";
    public static bool IsFamily(string? s) => s is GridAverage or ResidualMix or FossilPower;

    public const string National = "national";
    public const string Regional = "regional";
    public const string Provincial = "provincial";
    public static bool IsLevel(string? s) => s is National or Regional or Provincial;
    public const string NationalArea = "CN";

    // The parameters of a fuel.
    public const string Ncv = "ncv";
    public const string CarbonContent = "carbon-content";
    public const string OxidationRate = "oxidation-rate";
    public static bool IsFuelParameter(string? s) => s is Ncv or CarbonContent or OxidationRate;

    // The parameters an accounting method sets for itself.
    public const string DefaultGwpSet = "default-gwp-set";
    public const string HeatFossilFactor = "heat-fossil-factor";
    public const string ElectricityFossilFactor = "electricity-fossil-factor";
    public const string StandardCoalHeatValue = "standard-coal-heat-value";
    public const string ElectricityEquivalentCoefficient = "electricity-equivalent-coefficient";

    public static bool IsMethodParameter(string? s) =>
        s is DefaultGwpSet or HeatFossilFactor or ElectricityFossilFactor or StandardCoalHeatValue or ElectricityEquivalentCoefficient;

    public static readonly string[] GwpSets = ["SAR", "AR4", "AR5", "AR6"];
    public static bool IsGwpSet(string? s) => s is "SAR" or "AR4" or "AR5" or "AR6";
    public static bool IsMethod(string? s) => s is Methods.Cers2025 or Methods.Ndrc910;

    public static string Electricity(string family, string level, string area, int vintage) =>
        $"electricity/{family}/{level}/{area}/{vintage}";

    public static string Fuel(string fuel, string parameter) => $"fuel/{fuel}/{parameter}";
    public static string Carbonate(string carbonate) => $"carbonate/{carbonate}";
    public static string Gwp(string set, string gas) => $"gwp/{set}/{gas}";
    public static string MethodParameter(string method, string parameter) => $"method/{method}/{parameter}";
    public static string GridRegion(string province) => $"grid-region/{province}";
}
