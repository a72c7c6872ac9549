namespace CarbonPlatform.ParkRegistry.Data;

/// <summary>
/// A certification application's body, as the registry learns it from the certification service's events: while the
/// application is open the body reads the park's data in every service (the directory hands the open ones out).
/// </summary>
public sealed class ReviewAssignment
{
    public Guid ApplicationId { get; set; }
    public Guid ParkId { get; set; }
    public Guid CertificationBodyId { get; set; }
    public bool Open { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
}
