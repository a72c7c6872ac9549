namespace CarbonPlatform.Domain.Requests;

/// <summary>The codes of the rules a line's kind adds: gases, scope 3, instruments and green electricity.</summary>
public static partial class ErrorCodes
{
    public const string UnknownGas = "unknown-gas";
    public const string UnknownGwpSet = "unknown-gwp-set";
    public const string GwpNotDefined = "gwp-not-defined";
    public const string UnknownScope3Category = "unknown-scope3-category";
    public const string UnknownInstrument = "unknown-instrument";
    public const string DuplicateSerial = "duplicate-serial";
    public const string GreenExceedsPurchased = "green-exceeds-purchased";
}
