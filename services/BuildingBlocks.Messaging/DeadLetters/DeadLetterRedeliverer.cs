using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// Sends due dead letters back to their queue with their original message id (the inbox still de-duplicates). Every
/// replica runs it; a row is taken by a conditional UPDATE (<see cref="DeadLetterClaims"/>), so exactly one redelivers it.
/// The rows are the state: a restart loses nothing.
/// </summary>
public sealed class DeadLetterRedeliverer(DeadLetterDatabase database, RedeliverySchedule schedule, IBus bus,
    DeadLetterMetrics metrics, ILogger<DeadLetterRedeliverer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RedeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                log.LogWarning(e, "Dead-letter redelivery pass failed; it runs again at the next poll");
            }
            try { await Task.Delay(schedule.Poll, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One pass: claims the due rows and sends each; returns how many were sent.</summary>
    public async Task<int> RedeliverDueAsync(CancellationToken ct)
    {
        var claim = Guid.NewGuid();
        var due = await database.RunAsync(db => DeadLetterClaims.ClaimAsync(db, claim, DateTime.UtcNow, ct));
        var sent = 0;
        foreach (var letter in due)
        {
            try
            {
                await SendAsync(letter, ct);
                metrics.Redelivered();
                sent++;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Dead letter {Id} could not be sent back to {Endpoint}; it waits for the next pass", letter.Id, letter.Endpoint);
                await database.RunAsync(db => DeadLetterClaims.ReturnAsync(db, letter.Id, claim, DateTime.UtcNow + schedule.Poll));
            }
        }
        return sent;
    }

    private async Task SendAsync(DeadLetter letter, CancellationToken ct)
    {
        var type = Type.GetType(letter.MessageType, throwOnError: true)!;
        var body = JsonSerializer.Deserialize(letter.Body, type, JsonSerializerOptions.Web) ?? throw new JsonException("the body is null");
        var headers = JsonSerializer.Deserialize<Dictionary<string, string?>>(letter.Headers, JsonSerializerOptions.Web) ?? [];
        var endpoint = await bus.GetSendEndpoint(new Uri(letter.Endpoint));
        await endpoint.Send(body, type, context =>
        {
            context.MessageId = letter.MessageId;
            foreach (var (key, value) in headers) if (value is not null) context.Headers.Set(key, value);
            context.Headers.Set(DeadLetterHeaders.Id, letter.Id.ToString());
        }, ct);
    }
}
