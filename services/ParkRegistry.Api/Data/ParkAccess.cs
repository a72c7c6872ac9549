namespace CarbonPlatform.ParkRegistry.Data;

/// <summary>One successful read of a park's data, in any service: who read (subject, client, organisation), where and when.</summary>
public sealed class ParkAccess
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    public required string Service { get; set; }
    /// <summary>The route template, e.g. <c>/api/v1/parks/{parkId:guid}/inventories/{year:int}</c>.</summary>
    public required string Route { get; set; }
    public required string Subject { get; set; }
    public string? ClientId { get; set; }
    public Guid? OrganizationId { get; set; }
    public required string OrganizationKind { get; set; }
    public DateTime ReadAt { get; set; }
}
