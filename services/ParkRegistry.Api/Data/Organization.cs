namespace CarbonPlatform.ParkRegistry.Data;

public sealed class Organization
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? RegionCode { get; set; }
    public DateTime CreatedAt { get; set; }
}
