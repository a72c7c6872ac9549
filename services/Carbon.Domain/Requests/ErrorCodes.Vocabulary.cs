namespace CarbonPlatform.Domain.Requests;

/// <summary>The codes of a line's words: its kind, method, unit, fuel and carbonate.</summary>
public static partial class ErrorCodes
{
    public const string UnknownKind = "unknown-kind";
    public const string UnknownMethod = "unknown-method";
    public const string UnknownUnit = "unknown-unit";
    public const string UnitFamilyMismatch = "unit-family-mismatch";
    public const string NegativeQuantity = "negative-quantity";
    public const string UnknownFuel = "unknown-fuel";
    public const string UnknownCarbonate = "unknown-carbonate";
}
