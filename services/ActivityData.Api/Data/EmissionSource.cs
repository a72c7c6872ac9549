namespace CarbonPlatform.ActivityData.Data;

/// <summary>An emission source of an enterprise of the park: a meter, a boiler, a vehicle fleet, a process line.</summary>
public sealed class EmissionSource
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public required string Name { get; set; }
    /// <summary>The accounting kind of its activity lines (accounting.md), e.g. <c>fuel-combustion</c>.</summary>
    public required string Kind { get; set; }
    public required string Unit { get; set; }
    /// <summary>Whether an instrument measures it (online monitoring when its lines come by the meter channel).</summary>
    public bool Metered { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
