using MassTransit;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Counts messages that go to an <c>_error</c> queue, in a host that keeps no dead letters (a service that keeps them
/// counts in <see cref="DeadLetters.DeadLetterRecorder"/>). The retry filter holds a consumer's faults back until the last
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
        log.LogError(exception, "Message {MessageId} ({MessageType}) failed in {Consumer} after every retry: moved to the error queue",
            context.MessageId, typeof(T).Name, consumerType);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
