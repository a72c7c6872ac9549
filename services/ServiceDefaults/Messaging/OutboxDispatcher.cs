using System.Diagnostics;
using System.Text.Json;
using CarbonPlatform.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Relays stored events to the broker and marks them sent only once the broker confirmed them (RabbitMQ publisher
/// confirms). A failure is retried with capped exponential backoff, for as long as it takes: nothing is dropped.
/// Several replicas may relay the same row concurrently; consumers' inboxes make that harmless.
/// </summary>
public sealed class OutboxDispatcher<TDb>(IServiceScopeFactory scopes, IBus bus, OutboxSignal signal, ILogger<OutboxDispatcher<TDb>> log)
    : BackgroundService where TDb : DbContext
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly ActivitySource Source = new(TelemetryExtensions.PlatformSource);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var dispatched = 0;
            try
            {
                dispatched = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
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
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                await PublishAsync(message, cancellationToken);
                message.SentAt = DateTime.UtcNow;
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.NextAttemptAt = DateTime.UtcNow + Backoff(message.Attempts);
                message.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                log.LogWarning("Outbox message {Id} ({Type}) not confirmed by the broker, attempt {Attempt}: {Error}",
                    message.Id, message.MessageType, message.Attempts, e.Message);
                break; // the broker is likely away: keep the order, try again after the backoff
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempts, 6))));

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = Type.GetType(message.MessageType, throwOnError: true)!;
        var body = JsonSerializer.Deserialize(message.Body, type, JsonSerializerOptions.Web)!;
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
