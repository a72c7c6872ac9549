using System.Collections.Concurrent;
using CarbonPlatform.BuildingBlocks.Messaging;
using MassTransit;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

/// <summary>Every message the bus published, with the envelope the relay gave it (the harness keeps one per MessageId).</summary>
public sealed class PublishLog : IPublishObserver
{
    private readonly ConcurrentQueue<Published> _published = new();

    public IReadOnlyList<Published> All => _published.ToList();

    public IReadOnlyList<Published> Of(Guid messageId) => _published.Where(p => p.MessageId == messageId).ToList();

    /// <summary>How long each publish takes (a slow broker makes relays overlap).</summary>
    public TimeSpan Delay { get; init; }

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Delay > TimeSpan.Zero ? Task.Delay(Delay) : Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        _published.Enqueue(new Published(
            context.MessageId,
            context.Message,
            context.Headers.Get<string>(MessageHeaderNames.OrganizationId),
            context.Headers.Get<string>(MessageHeaderNames.CorrelationId),
            context.CorrelationId));
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

public sealed record Published(Guid? MessageId, object Message, string? OrganizationId, string? CorrelationHeader, Guid? CorrelationId);
