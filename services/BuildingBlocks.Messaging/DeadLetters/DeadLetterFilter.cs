using MassTransit;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// Once the quick retries are spent, a message whose consumers still fail is stored as a dead letter and acknowledged,
/// since the database now holds it; the outcome of a redelivery updates its row. When the row cannot be stored the
/// exception goes on and the message lands in the endpoint's <c>_error</c> queue as before: it is never dropped.
/// MassTransit runs a scoped consume filter per consumer, inside the message's retry filter: an attempt the retry
/// filter will repeat is left to it (a context without a retry context is past the retries).
/// </summary>
public sealed class DeadLetterFilter<T>(DeadLetterRecorder recorder, RedeliverySchedule schedule) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var redelivered = context.Headers.Get<string>(DeadLetterHeaders.Id) is { } header && Guid.TryParse(header, out var id) ? id : (Guid?)null;
        try
        {
            await next.Send(context);
        }
        catch (Exception failure) when (!context.CancellationToken.IsCancellationRequested && RetriesSpent(context))
        {
            await recorder.FailedAsync(context, failure, redelivered);
            return;
        }
        if (redelivered is { } row) await recorder.HandledAsync(row);
    }

    private bool RetriesSpent(ConsumeContext<T> context) =>
        !context.TryGetPayload<ConsumeRetryContext>(out _) || context.GetRetryAttempt() >= schedule.QuickRetries;

    public void Probe(ProbeContext context) => context.CreateFilterScope("dead-letters");
}
