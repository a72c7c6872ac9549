namespace CarbonPlatform.BuildingBlocks.AccessLog;

/// <summary>Configuration section <c>AccessLog</c>: how many reads wait in memory and how they are batched.</summary>
public sealed class AccessLogOptions
{
    public const string Section = "AccessLog";

    /// <summary>Reads waiting to be published; beyond it new ones are dropped and counted.</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>At most this many reads per <c>ParkDataRead</c> event.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long the first read of a batch waits for others before the batch leaves.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromSeconds(2);
}
