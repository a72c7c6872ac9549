namespace CarbonPlatform.ActivityData.Data;

/// <summary>One accepted submission of activity lines: all of its lines were recorded, or none.</summary>
public sealed class ActivityBatch
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    /// <summary>The client's Idempotency-Key: a retry with the same key gets this batch back and records nothing.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>SHA-256 of the request body, to tell a retry from a different request reusing a key.</summary>
    public required string RequestHash { get; set; }
    public int LineCount { get; set; }
    public required string Channel { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}
