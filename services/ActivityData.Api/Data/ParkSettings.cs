namespace CarbonPlatform.ActivityData.Data;

/// <summary>A park's data-collection settings; a park without a row has today's defaults (no approval).</summary>
public sealed class ParkSettings
{
    public Guid ParkId { get; set; }
    /// <summary>Maker–checker: batches are submitted and count only once an operator approves them.</summary>
    public bool ApprovalRequired { get; set; }
    public required string ChangedBy { get; set; }
    public DateTime ChangedAt { get; set; }
}
