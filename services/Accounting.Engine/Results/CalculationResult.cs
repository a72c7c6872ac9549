namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>The response of <c>POST /api/v1/calculations</c> (api-v1.md), plus the factors used
/// and result-wide flags. Serialize with <see cref="EngineJson.Options"/>.</summary>
public sealed record CalculationResult(
    string Method,
    int Year,
    string? GwpSet,
    string FactorRelease,
    Totals Totals,
    IReadOnlyDictionary<string, GasTotal> Gases,
    IReadOnlyDictionary<string, double> Scope3Categories,
    IReadOnlyList<LineResult> Lines,
    IReadOnlyList<FactorUse> Factors,
    IReadOnlyList<string> Flags);

/// <summary>Tonnes of one gas before GWP weighting and its CO2e.</summary>
public sealed record GasTotal(double Tonnes, double Co2e);

/// <summary>A factor the calculation used, with its status (a certificate must not rest on an
/// <c>unverified</c> one without checking it).</summary>
public sealed record FactorUse(string Id, string Origin, double Value, string? Text, string Unit, string Source, string Status);

/// <summary>Result-wide and per-line flags.</summary>
public static class ResultFlags
{
    /// <summary>A factor with status <c>unverified</c> was used.</summary>
    public const string UnverifiedFactor = "unverified-factor";
    /// <summary>A factor with status <c>provisional</c> (a platform choice) was used.</summary>
    public const string ProvisionalFactor = "provisional-factor";
    /// <summary>International aviation or shipping fuel, also reported on its own.</summary>
    public const string InternationalBunker = "international-bunker";
}
