using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>Writes what the <see cref="DeadLetterFilter{T}"/> saw: a new dead letter, a failed redelivery, a handled one.</summary>
public sealed class DeadLetterRecorder(DeadLetterDatabase database, RedeliverySchedule schedule, MessagingMetrics metrics,
    ILogger<DeadLetterRecorder> log)
{
    public async Task FailedAsync<T>(ConsumeContext<T> context, Exception failure, Guid? row) where T : class
    {
        metrics.DeadLettered();
        var now = DateTime.UtcNow;
        var error = Truncate($"{failure.GetType().Name}: {failure.Message}");
        try
        {
            var stored = row is { } id && await database.RunAsync(db => FailedAgainAsync(db, id, error, now));
            if (!stored)
            {
                var letter = New(context, error, now);
                await database.RunAsync(async db => { db.Set<DeadLetter>().Add(letter); return await db.SaveChangesAsync(); });
                row = letter.Id;
            }
        }
        catch (Exception storing)
        {
            log.LogError(failure, "Message {MessageId} ({MessageType}) failed after every quick retry and could not be kept as a dead letter "
                + "({StoreError}): it goes to the error queue", context.MessageId, typeof(T).Name, storing.Message);
            throw;
        }
        log.LogError(failure, "Message {MessageId} ({MessageType}) failed after every quick retry: kept as dead letter {DeadLetter}",
            context.MessageId, typeof(T).Name, row);
    }

    public Task HandledAsync(Guid row) => database.RunAsync(db => db.Set<DeadLetter>()
        .Where(d => d.Id == row && d.Status != DeadLetterStatus.Handled)
        .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeadLetterStatus.Handled).SetProperty(d => d.HandledAt, DateTime.UtcNow)
            .SetProperty(d => d.NextAttemptAt, (DateTime?)null).SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null)));

    /// <summary>A redelivery failed: one more attempt, the next step or dead. The attempt count guards against a concurrent writer.</summary>
    private async Task<bool> FailedAgainAsync(DbContext db, Guid id, string error, DateTime now)
    {
        var attempts = await db.Set<DeadLetter>().Where(d => d.Id == id).Select(d => (int?)d.Attempts).SingleOrDefaultAsync();
        if (attempts is not { } before) return false;
        var next = schedule.NextAttempt(before + 1, now);
        var status = next is null ? DeadLetterStatus.Dead : DeadLetterStatus.Waiting;
        var updated = await db.Set<DeadLetter>().Where(d => d.Id == id && d.Attempts == before)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Attempts, before + 1).SetProperty(d => d.Status, status)
                .SetProperty(d => d.NextAttemptAt, next).SetProperty(d => d.Error, error).SetProperty(d => d.LastFailedAt, now)
                .SetProperty(d => d.LeaseOwner, (Guid?)null).SetProperty(d => d.LeasedUntil, (DateTime?)null));
        if (updated == 0) throw new DbUpdateConcurrencyException($"Dead letter {id} changed while its failed redelivery was recorded.");
        return true;
    }

    private DeadLetter New<T>(ConsumeContext<T> context, string error, DateTime now) where T : class
    {
        var headers = context.Headers.GetAll().Where(h => h.Key.StartsWith("carbon-", StringComparison.Ordinal) && h.Key != DeadLetterHeaders.Id)
            .ToDictionary(h => h.Key, h => h.Value?.ToString());
        var next = schedule.NextAttempt(1, now);
        return new DeadLetter
        {
            Id = Guid.NewGuid(),
            MessageId = context.MessageId ?? Guid.NewGuid(),
            MessageType = EventOutbox.MessageTypeName(typeof(T)),
            Body = JsonSerializer.Serialize(context.Message, JsonSerializerOptions.Web),
            Headers = JsonSerializer.Serialize(headers, JsonSerializerOptions.Web),
            Endpoint = context.ReceiveContext.InputAddress.ToString(),
            Error = error,
            Attempts = 1,
            Status = next is null ? DeadLetterStatus.Dead : DeadLetterStatus.Waiting,
            FirstFailedAt = now,
            LastFailedAt = now,
            NextAttemptAt = next,
        };
    }

    private static string Truncate(string text) => text.Length > 4000 ? text[..4000] : text;
}
