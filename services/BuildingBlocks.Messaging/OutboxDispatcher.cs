using System.Diagnostics;
using System.Text.Json;
using CarbonPlatform.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>
/// Relays stored events to the broker in the order they were stored, and marks each sent only once the broker confirmed
/// it (RabbitMQ publisher confirms). When the broker does not confirm, the relay pauses as a whole for a capped
/// exponential backoff and then retries that same event first, for as long as it takes: nothing is dropped or
/// overtaken. A row that can never be published (its type is gone, its body unreadable) is parked with the reason
/// rather than blocking the rest. Several replicas relay one outbox side by side: each pass leases its rows
/// (<see cref="OutboxClaims"/>), so a row is published by one replica, and the events of one park keep their order.
/// </summary>
public sealed class OutboxDispatcher<TDb>(IServiceScopeFactory scopes, IBus bus, OutboxSignal signal, ILogger<OutboxDispatcher<TDb>> log)
    : BackgroundService where TDb : DbContext
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly ActivitySource Source = new(TelemetryExtensions.PlatformSource);
    private DateTime _pausedUntil = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var dispatched = 0;
            var pause = _pausedUntil - DateTime.UtcNow;
            try
            {
                if (pause > TimeSpan.Zero) await Task.Delay(pause, stoppingToken);
                dispatched = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                log.LogWarning(e, "Outbox relay of {Db} failed; it retries at the next poll", typeof(TDb).Name);
            }
            if (dispatched == BatchSize) continue;
            try { await signal.WaitAsync(PollInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var now = DateTime.UtcNow;
        var until = now + Lease;
        var due = await OutboxClaims.ClaimAsync(db, Guid.NewGuid(), now, until, BatchSize, cancellationToken);
        if (due.Count == 0) return 0;
        var sent = 0;
        foreach (var message in due)
        {
            // A lease about to run out goes back unpublished rather than risk a second relay publishing it too.
            if (DateTime.UtcNow + PublishTimeout + TimeSpan.FromSeconds(5) > until) break;
            if (Read(message) is not { } body) continue;
            try
            {
                await PublishAsync(message, body, cancellationToken);
                message.SentAt = DateTime.UtcNow;
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.NextAttemptAt = DateTime.UtcNow + Backoff(message.Attempts);
                message.LastError = Truncate(e.Message);
                _pausedUntil = message.NextAttemptAt; // everything after it waits too: order is kept
                log.LogWarning("Outbox message {Id} ({Type}) not confirmed by the broker, attempt {Attempt}; relay paused until {Until:o}: {Error}",
                    message.Id, message.MessageType, message.Attempts, _pausedUntil, e.Message);
                break;
            }
        }
        foreach (var message in due) OutboxClaims.Release(message);
        await db.SaveChangesAsync(CancellationToken.None);
        return sent;
    }

    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempts, 6))));

    /// <summary>The event object, or null after parking a row no retry can ever deliver.</summary>
    private object? Read(OutboxMessage message)
    {
        try
        {
            var type = Type.GetType(message.MessageType, throwOnError: true)!;
            return JsonSerializer.Deserialize(message.Body, type, JsonSerializerOptions.Web)
                ?? throw new JsonException("the body is null");
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or JsonException or NotSupportedException)
        {
            message.NextAttemptAt = DateTime.MaxValue;
            message.LastError = Truncate("undeliverable, parked: " + e.Message);
            log.LogError("Outbox message {Id} ({Type}) cannot be published and is parked: {Error}", message.Id, message.MessageType, e.Message);
            return null;
        }
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    private async Task PublishAsync(OutboxMessage message, object body, CancellationToken cancellationToken)
    {
        var type = body.GetType();
        using var activity = Source.StartActivity("outbox relay " + type.Name, ActivityKind.Producer, message.TraceParent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(body, type, context =>
        {
            context.MessageId = message.Id;
            if (Guid.TryParseExact(message.CorrelationId, "N", out var correlation)) context.CorrelationId = correlation;
            if (message.OrganizationId is not null) context.Headers.Set(MessageHeaderNames.OrganizationId, message.OrganizationId);
            if (message.CorrelationId is not null) context.Headers.Set(MessageHeaderNames.CorrelationId, message.CorrelationId);
        }, timeout.Token);
    }
}

public static class MessageHeaderNames
{
    public const string OrganizationId = "carbon-organization-id";
    public const string CorrelationId = "carbon-correlation-id";
}
