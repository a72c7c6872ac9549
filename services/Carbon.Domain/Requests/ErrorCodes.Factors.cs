namespace CarbonPlatform.Domain.Requests;

/// <summary>The codes of resolving factors in a release, and of the result they give.</summary>
public static partial class ErrorCodes
{
    public const string UnknownFactorRelease = "unknown-factor-release";
    public const string UnknownVintage = "unknown-vintage";
    public const string YearBeforeFirstVintage = "year-before-first-vintage";
    public const string NoFactorForVintage = "no-factor-for-vintage";
    public const string FactorMissing = "factor-missing";
    public const string ResultOutOfRange = "result-out-of-range";
}
