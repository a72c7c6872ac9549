using CarbonPlatform.ParkRegistry.Lifecycle;

namespace CarbonPlatform.ParkRegistry.Data;

/// <summary>
/// A certification application's body, as the registry learns it from the certification service's events: while the
/// application is open the body reads the park's data in every service (the directory hands the open ones out). Created
/// by whichever of the application's events arrives first; <see cref="Progress"/> is the furthest fact heard.
/// </summary>
public sealed class ReviewAssignment : IVersioned
{
    public Guid ApplicationId { get; set; }
    public Guid ParkId { get; set; }
    /// <summary>Empty until an event naming the body arrives (a certificate's events do not name it).</summary>
    public Guid CertificationBodyId { get; set; }
    public Guid EvaluationId { get; set; }
    public ApplicationProgress Progress { get; set; }
    public bool Open { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid Version { get; set; }
}
