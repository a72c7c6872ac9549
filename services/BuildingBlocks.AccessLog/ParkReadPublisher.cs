using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.Contracts.AccessLog;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.BuildingBlocks.AccessLog;

/// <summary>
/// Publishes the noted reads as <see cref="ParkDataRead"/> events, a batch every <see cref="AccessLogOptions.BatchWindow"/>
/// or every <see cref="AccessLogOptions.BatchSize"/> reads, whichever comes first; on stopping, what is left goes too.
/// The access log is a record of reads, not state of the park: a batch the broker refuses is logged and not retried
/// (the outbox would put a database write on every read).
/// </summary>
public sealed class ParkReadPublisher(ParkReadLog log, IBus bus, ServiceIdentity service, IOptions<AccessLogOptions> options,
    ILogger<ParkReadPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            List<ParkDataReadEntry> batch;
            try { batch = await ParkReadBatches.NextAsync(log.Reads, o.BatchSize, o.BatchWindow, stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            await PublishAsync(batch);
        }
        var rest = new List<ParkDataReadEntry>();
        while (log.Reads.TryRead(out var read)) rest.Add(read);
        foreach (var chunk in rest.Chunk(o.BatchSize)) await PublishAsync(chunk);
    }

    private async Task PublishAsync(IReadOnlyList<ParkDataReadEntry> batch)
    {
        if (log.TakeDroppedCount() is var dropped and > 0)
            logger.LogWarning("{Count} reads of parks' data were left out of the access log: its queue was full", dropped);
        if (batch.Count == 0) return;
        // Not the stopping token: the last batches are sent while the service stops.
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await bus.Publish(new ParkDataRead(service.Name, batch), timeout.Token);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "{Count} reads of parks' data were not published and are missing from the access log", batch.Count);
        }
    }
}
