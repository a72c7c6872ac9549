using CarbonPlatform.ServiceDefaults;
using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults.Telemetry;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>What the inbox and the consumers' error path count: redeliveries skipped, messages sent to an <c>_error</c> queue.</summary>
public sealed class MessagingMetrics : IPlatformMetrics
{
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _deadLettered;
    private readonly ServiceIdentity _service;

    public MessagingMetrics(IMeterFactory meters, ServiceIdentity service)
    {
        _service = service;
        var meter = PlatformMeter.Create(meters);
        _duplicates = meter.CreateCounter<long>("carbon.inbox.duplicates_skipped", "{message}",
            "Messages a consumer had already handled (a redelivery or a second relay), skipped by the inbox.");
        _deadLettered = meter.CreateCounter<long>("carbon.messages.dead_lettered", "{message}",
            "Deliveries whose consumer still failed after the quick retries: kept as a dead letter (or, when that failed, moved to the endpoint's _error queue).");
        _duplicates.Add(0, PlatformMeter.Tags(service));
        _deadLettered.Add(0, PlatformMeter.Tags(service));
    }

    public void DuplicateSkipped() => _duplicates.Add(1, PlatformMeter.Tags(_service));

    public void DeadLettered() => _deadLettered.Add(1, PlatformMeter.Tags(_service));
}
