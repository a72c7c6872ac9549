using CarbonPlatform.ParkRegistry.Lifecycle;

namespace CarbonPlatform.ParkRegistry.Data;

public sealed class Park
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
    public Guid OperatorOrganizationId { get; set; }
    /// <summary>The boundary as GeoJSON, when the operator gave one.</summary>
    public string? Boundary { get; set; }
    public ParkStage Stage { get; set; } = ParkStage.Registered;
    public DateTime CreatedAt { get; set; }
    public List<ParkStageChange> History { get; set; } = [];
}

public sealed class ParkStageChange
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    public ParkStage From { get; set; }
    public ParkStage To { get; set; }
    public required string Reason { get; set; }
    public DateTime At { get; set; }
}

public static class ParkStageMoves
{
    /// <summary>Moves the park when the lifecycle allows it; an illegal move leaves it where it is and says why.</summary>
    public static string? MoveTo(this Park park, Lifecycle.ParkStage to, string reason)
    {
        if (!Lifecycle.ParkLifecycle.CanMove(park.Stage, to))
            return $"A park in stage '{Lifecycle.ParkLifecycle.Name(park.Stage)}' cannot move to '{Lifecycle.ParkLifecycle.Name(to)}'.";
        park.History.Add(new ParkStageChange { ParkId = park.Id, From = park.Stage, To = to, Reason = reason, At = DateTime.UtcNow });
        park.Stage = to;
        return null;
    }
}
