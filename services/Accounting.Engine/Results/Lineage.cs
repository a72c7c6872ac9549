namespace CarbonPlatform.Accounting.Engine.Results;

/// <summary>
/// How much of each line's lineage an answer carries. <see cref="Full"/>: formula, every input with its origin and
/// status, intermediates, and the factors used. <see cref="Factors"/>: of each line only the inputs that are factors
/// (origin <c>{factor id}@{release}</c>, with their status), and the factors used. <see cref="None"/>: each line's
/// figure and flags only. Totals, gases, scope 3 categories and flags are the same in all three.
/// </summary>
public enum Lineage { Full, Factors, None }

public static class LineageNames
{
    public const string Parameter = "lineage";
    public const string Description =
        "How much lineage each line carries: full (the default: formula, every input with its origin and status, intermediates, " +
        "and the factors used), factors (only the inputs that are factors, and the factors used) or none (each line's figure and flags only). " +
        "Totals are the same in all three.";

    /// <summary>null and "full" are <see cref="Lineage.Full"/>; an unknown name is not a lineage.</summary>
    public static bool TryParse(string? value, out Lineage lineage)
    {
        lineage = value switch
        {
            null or "full" => Lineage.Full,
            "factors" => Lineage.Factors,
            "none" => Lineage.None,
            _ => (Lineage)(-1),
        };
        return Enum.IsDefined(lineage);
    }

    public static readonly string[] All = ["full", "factors", "none"];
}
