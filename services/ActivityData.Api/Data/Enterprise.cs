namespace CarbonPlatform.ActivityData.Data;

/// <summary>An enterprise inside the park's boundary (园区企业).</summary>
public sealed class Enterprise
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public required string Name { get; set; }
    /// <summary>统一社会信用代码 (18 characters), when known.</summary>
    public string? CreditCode { get; set; }
    /// <summary>重点用能单位: a key energy-using enterprise (evaluation item P2).</summary>
    public bool KeyEnergyUser { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
