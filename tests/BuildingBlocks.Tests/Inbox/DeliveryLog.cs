using System.Collections.Concurrent;
using MassTransit;

namespace CarbonPlatform.BuildingBlocks.Tests.Inbox;

/// <summary>
/// Every delivery a receive endpoint finished, with its outcome. (The harness's own lists keep one entry per
/// MessageId, so they cannot show a duplicate delivery.)
/// </summary>
public sealed class DeliveryLog : IConsumeObserver
{
    private readonly ConcurrentQueue<Delivery> _deliveries = new();

    public IReadOnlyList<Delivery> Of(Guid messageId) => _deliveries.Where(d => d.MessageId == messageId).ToList();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Record(context, null);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Record(context, exception);

    private Task Record(ConsumeContext context, Exception? exception)
    {
        if (context.MessageId is { } id) _deliveries.Enqueue(new Delivery(id, context.ReceiveContext.InputAddress, exception));
        return Task.CompletedTask;
    }
}

/// <param name="Endpoint">The queue it came from: one per consumer.</param>
/// <param name="Exception">Null when the consumer finished normally (including "already handled").</param>
public sealed record Delivery(Guid MessageId, Uri Endpoint, Exception? Exception);
