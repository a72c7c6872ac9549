namespace CarbonPlatform.ParkRegistry.Data;

public sealed class Organization
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? RegionCode { get; set; }
    /// <summary>An enterprise organisation's park (its operator created it) and its enterprise record there (activity-data).</summary>
    public Guid? ParkId { get; set; }
    public Guid? EnterpriseId { get; set; }
    /// <summary>An enterprise granted, by its park's operator, to read the park's totals (inventory totals, evaluations); never its lines.</summary>
    public bool ReadsParkTotals { get; set; }
    public DateTime CreatedAt { get; set; }
}
