namespace CarbonPlatform.Domain.Requests;

/// <summary>The codes of resolving a park's region and its power grid.</summary>
public static partial class ErrorCodes
{
    public const string UnknownRegion = "unknown-region";
    public const string UnknownGridRegion = "unknown-grid-region";
    public const string GridRegionRequired = "grid-region-required";
    public const string GridRegionMismatch = "grid-region-mismatch";
}
