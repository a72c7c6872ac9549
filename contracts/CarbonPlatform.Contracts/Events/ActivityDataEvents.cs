namespace CarbonPlatform.Contracts.ActivityData;

/// <summary>New activity data for one park and year. One event per accepted batch, never one per line.</summary>
public sealed record ActivityBatchRecorded(Guid ParkId, int Year, Guid BatchId, int LineCount, DateTimeOffset RecordedAt);
