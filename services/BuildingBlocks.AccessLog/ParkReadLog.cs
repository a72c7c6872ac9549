using System.Diagnostics.Metrics;
using System.Threading.Channels;
using CarbonPlatform.Contracts.AccessLog;
using CarbonPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.BuildingBlocks.AccessLog;

/// <summary>
/// The reads of parks' data this service made and has not yet published: a bounded queue, so a slow or absent broker
/// costs memory up to <see cref="AccessLogOptions.Capacity"/> and no more. A read that finds it full is dropped and
/// counted (metric <c>carbon.access_log.dropped</c>; the publisher also logs a warning with the count).
/// </summary>
public sealed class ParkReadLog
{
    private readonly Channel<ParkDataReadEntry> _queue;
    private readonly Counter<long> _droppedMetric;
    private long _droppedSinceReport;

    public ParkReadLog(IOptions<AccessLogOptions> options, IMeterFactory meters)
    {
        // FullMode.Wait makes TryWrite say false when full; the Drop* modes would drop without telling us.
        _queue = Channel.CreateBounded<ParkDataReadEntry>(new BoundedChannelOptions(options.Value.Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, SingleReader = true,
        });
        _droppedMetric = meters.Create(TelemetryExtensions.PlatformSource)
            .CreateCounter<long>("carbon.access_log.dropped", description: "Reads of parks' data left out of the access log: its queue was full.");
    }

    public ChannelReader<ParkDataReadEntry> Reads => _queue.Reader;

    public void Note(ParkDataReadEntry read)
    {
        if (_queue.Writer.TryWrite(read)) return;
        _droppedMetric.Add(1);
        Interlocked.Increment(ref _droppedSinceReport);
    }

    /// <summary>How many reads were dropped since the last call.</summary>
    public long TakeDroppedCount() => Interlocked.Exchange(ref _droppedSinceReport, 0);
}
