namespace CarbonPlatform.Domain.Requests;

/// <summary>The stable codes of <see cref="InputError"/>.</summary>
public static class ErrorCodes
{
    public const string MissingField = "missing-field";
    public const string InvalidType = "invalid-type";
    public const string InvalidValue = "invalid-value";
    public const string OutOfRange = "out-of-range";
    public const string FieldNotAllowed = "field-not-allowed";
    public const string UnknownKind = "unknown-kind";
    public const string UnknownMethod = "unknown-method";
    public const string UnknownUnit = "unknown-unit";
    public const string UnitFamilyMismatch = "unit-family-mismatch";
    public const string NegativeQuantity = "negative-quantity";
    public const string UnknownFuel = "unknown-fuel";
    public const string UnknownCarbonate = "unknown-carbonate";
    public const string UnknownGas = "unknown-gas";
    public const string UnknownGwpSet = "unknown-gwp-set";
    public const string GwpNotDefined = "gwp-not-defined";
    public const string UnknownInstrument = "unknown-instrument";
    public const string UnknownScope3Category = "unknown-scope3-category";
    public const string DuplicateLineId = "duplicate-line-id";
    public const string DuplicateSerial = "duplicate-serial";
    public const string GreenExceedsPurchased = "green-exceeds-purchased";
    public const string UnknownFactorRelease = "unknown-factor-release";
    public const string UnknownRegion = "unknown-region";
    public const string UnknownGridRegion = "unknown-grid-region";
    public const string GridRegionRequired = "grid-region-required";
    public const string GridRegionMismatch = "grid-region-mismatch";
    public const string UnknownVintage = "unknown-vintage";
    public const string YearBeforeFirstVintage = "year-before-first-vintage";
    public const string NoFactorForVintage = "no-factor-for-vintage";
    public const string FactorMissing = "factor-missing";
    public const string ResultOutOfRange = "result-out-of-range";
}
