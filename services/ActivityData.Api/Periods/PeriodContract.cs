namespace CarbonPlatform.ActivityData.Periods;

/// <summary>Where a reporting year stands: open for data, submitted by the operator, or locked (for certification).</summary>
public enum PeriodStatus { Open, Submitted, Locked }

/// <summary>
/// A park's reporting year: its status, who submitted and locked it, the certification applications holding it (a pending
/// or certified application locks the year) and every certification fact recorded about it.
/// </summary>
public sealed record PeriodView(Guid ParkId, int Year, PeriodStatus Status, string? SubmittedBy, DateTime? SubmittedAt, string? LockedBy, DateTime? LockedAt,
    IReadOnlyList<Guid> HeldByApplications, IReadOnlyList<CertificationFactView> Certification);

/// <summary>A certification fact about the year (applied, approved, returned, reopened, …) with its reason.</summary>
public sealed record CertificationFactView(Guid ApplicationId, string Fact, string? Reason, DateTime? RecordedAt);
