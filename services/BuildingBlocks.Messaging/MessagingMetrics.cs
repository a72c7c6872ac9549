using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Telemetry;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>What the inbox and the consumers' error path count: redeliveries skipped, messages sent to an <c>_error</c> queue.</summary>
public sealed class MessagingMetrics(IMeterFactory meters, ServiceIdentity service) : IPlatformMetrics
{
    private readonly ServiceCounter _duplicates = new(meters, service, "carbon.inbox.duplicates_skipped", "{message}",
        "Messages a consumer had already handled (a redelivery or a second relay), skipped by the inbox.");
    private readonly ServiceCounter _deadLettered = new(meters, service, "carbon.messages.dead_lettered", "{message}",
        "Deliveries whose consumer still failed after the quick retries: kept as a dead letter (or, when that failed, moved to the endpoint's _error queue).");

    public void DuplicateSkipped() => _duplicates.Add(1);

    public void DeadLettered() => _deadLettered.Add(1);
}
