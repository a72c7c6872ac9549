namespace CarbonPlatform.BuildingBlocks.CertificationHolds;

/// <summary>
/// One thing certification said about one application (applied, certified, released, reopened). Rows are only ever
/// inserted, keyed by application and fact, so the state they add up to does not depend on the order events arrive in,
/// and a rejection of one application cannot touch what another application holds.
/// </summary>
public sealed class HoldFact
{
    public Guid ApplicationId { get; set; }
    public required string Fact { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public Guid EvaluationId { get; set; }
    public string? Reason { get; set; }
    public DateTime RecordedAt { get; set; }
}

public static class HoldFacts
{
    /// <summary>The operator submitted the application: its year and evaluation are held.</summary>
    public const string Applied = "applied";
    /// <summary>The body approved it (or a certificate was issued for it): held for the certificate's life.</summary>
    public const string Certified = "certified";
    /// <summary>A terminal outcome other than approval (rejected, returned to the operator).</summary>
    public const string Released = "released";
    /// <summary>The issuing body reopened the certified year: the year is open again, the certificate suspended.</summary>
    public const string Reopened = "reopened";

    /// <summary>What an application's review status says about its hold; null when it says nothing new.</summary>
    public static string? FromReviewStatus(string status) => status switch
    {
        "approved" => Certified,
        "rejected" or "returned" => Released,
        _ => null,
    };
}
