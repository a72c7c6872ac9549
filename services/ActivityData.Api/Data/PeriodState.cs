namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// Where a park's reporting year stands as its operator moved it: <c>open</c> (no row), <c>submitted</c>, then <c>locked</c>.
/// A certification application holds the year locked besides (see <c>CertificationHoldFacts</c> and <c>PeriodGuard</c>);
/// nothing is written into a locked year.
/// </summary>
public sealed class PeriodState : IVersioned
{
    /// <summary>Changed by every write into the year too (<see cref="Periods.PeriodGuard.HoldOpenAsync"/>): a lock racing a write conflicts with it.</summary>
    public Guid Version { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public required string Status { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedAt { get; set; }
}

public static class PeriodStatuses
{
    public const string Open = "open";
    public const string Submitted = "submitted";
    public const string Locked = "locked";
}
