namespace CarbonPlatform.Domain.Factors;

/// <summary>A factor as the calculator uses it: its position in the release (to mark it used
/// without hashing) and its lineage origin, built once per release rather than per line.</summary>
internal sealed class FactorEntry(Factor factor, int index, string releaseName)
{
    public Factor Factor { get; } = factor;
    public int Index { get; } = index;
    public string Origin { get; } = factor.Id + "@" + releaseName;
    public double Value => Factor.Value;
    public string Unit => Factor.Unit;
    public string Status => Factor.Status;
    public bool IsUnverified { get; } = factor.Status == FactorStatuses.Unverified;
}

/// <summary>The three default factors of one fuel and the unit family its activity is measured in.</summary>
internal sealed class FuelDefaults(string code, string activityUnit)
{
    public string Code { get; } = code;
    public string ActivityUnit { get; } = activityUnit;
    public UnitFamily ActivityFamily { get; } = Units.Parse(activityUnit, out _);
    private readonly string _ncvUnit = "GJ/" + activityUnit;
    /// <summary>The unit of a measured NCV given on a line: the default's unit, GJ per activity unit.</summary>
    public string NcvUnit => Ncv?.Unit ?? _ncvUnit;
    public FactorEntry? Ncv { get; set; }
    public FactorEntry? CarbonContent { get; set; }
    public FactorEntry? OxidationRate { get; set; }
}
