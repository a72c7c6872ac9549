namespace CarbonPlatform.Domain.Factors;

/// <summary>How far a factor's value was checked (reference-data README).</summary>
public static class FactorStatuses
{
    public const string Confirmed = "confirmed";
    public const string Unverified = "unverified";
    public const string Inferred = "inferred";
    public const string Provisional = "provisional";

    public static bool IsKnown(string status) => status is Confirmed or Unverified or Inferred or Provisional;
}
