using CarbonPlatform.Contracts.ParkRegistry;
using CarbonPlatform.ParkRegistry.Data;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

public static class ParkMoves
{
    /// <summary>Moves the park and records ParkLifecycleChanged in the same unit of work; null, or why the move is refused.</summary>
    public static string? Move(this RegistryDb db, Park park, ParkStage to, StageMover by, string reason, string movedBy)
    {
        var from = park.Stage;
        if (park.MoveTo(to, by, reason, movedBy) is { } refusal) return refusal;
        db.AddEvent(new ParkLifecycleChanged(park.Id, ParkLifecycle.Name(from), ParkLifecycle.Name(to), reason), park.OperatorOrganizationId);
        return null;
    }
}
