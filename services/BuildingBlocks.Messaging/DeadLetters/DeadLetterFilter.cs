using MassTransit;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// Outside the quick retries: a message whose consumers still fail is stored as a dead letter and acknowledged, since
/// the database now holds it; the outcome of a redelivery updates its row. When the row cannot be stored the exception
/// goes on and the message lands in the endpoint's <c>_error</c> queue as before: it is never dropped.
/// </summary>
public sealed class DeadLetterFilter<T>(DeadLetterRecorder recorder) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var redelivered = context.Headers.Get<string>(DeadLetterHeaders.Id) is { } header && Guid.TryParse(header, out var id) ? id : (Guid?)null;
        try
        {
            await next.Send(context);
        }
        catch (Exception failure) when (!context.CancellationToken.IsCancellationRequested)
        {
            await recorder.FailedAsync(context, failure, redelivered);
            return;
        }
        if (redelivered is { } row) await recorder.HandledAsync(row);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("dead-letters");
}
