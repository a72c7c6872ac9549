using CarbonPlatform.ParkRegistry.Lifecycle;

namespace CarbonPlatform.ParkRegistry.Data;

/// <summary>A park; its <see cref="Version"/> makes two replicas moving it at once conflict (the loser retries or gets 409).</summary>
public sealed class Park : IVersioned
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
    public Guid OperatorOrganizationId { get; set; }
    /// <summary>The boundary as GeoJSON, when the operator gave one.</summary>
    public string? Boundary { get; set; }
    public ParkStage Stage { get; set; } = ParkStage.Registered;
    /// <summary>The certification body that issued the park's current certificate; it makes the surveillance moves.</summary>
    public Guid? CertifyingBodyId { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<ParkStageChange> History { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class ParkStageChange
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    public ParkStage From { get; set; }
    public ParkStage To { get; set; }
    public required string Reason { get; set; }
    /// <summary>Who made the move: a caller's subject, or the fact (application, certificate) the platform moved on.</summary>
    public string? MovedBy { get; set; }
    public DateTime At { get; set; }
}

public static class ParkStageMoves
{
    /// <summary>Moves the park when the lifecycle allows it; an illegal move leaves it where it is and says why.</summary>
    public static string? MoveTo(this Park park, ParkStage to, StageMover by, string reason, string movedBy)
    {
        if (ParkLifecycle.Refusal(park.Stage, to, by) is { } refusal) return refusal;
        park.History.Add(new ParkStageChange { ParkId = park.Id, From = park.Stage, To = to, Reason = reason, MovedBy = movedBy, At = DateTime.UtcNow });
        park.Stage = to;
        return null;
    }
}
