using MassTransit;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Counts deliveries whose consumer failed past the quick retries: kept as dead letters by
/// <see cref="DeadLetters.DeadLetterFilter{T}"/>, or in the <c>_error</c> queue when that failed. The retry filter holds a consumer's faults back until the last
/// attempt failed, so <see cref="ConsumeFault{T}"/> is seen once per message that is dead-lettered, not once per attempt.
/// </summary>
public sealed class DeadLetterObserver(MessagingMetrics metrics, ILogger<DeadLetterObserver> log) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
    {
        metrics.DeadLettered();
        log.LogError(exception, "Message {MessageId} ({MessageType}) failed in {Consumer} after every quick retry: kept as a dead letter (or moved to the error queue if it cannot be stored)",
            context.MessageId, typeof(T).Name, consumerType);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
