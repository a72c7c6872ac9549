using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarbonPlatform.ServiceDefaults.Messaging;

/// <summary>Wakes the dispatcher when a transaction stored events, so they leave at once rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); }
            catch (SemaphoreFullException) { /* already signalled: one wake-up is enough */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyDispatcher(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyDispatcher(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Called after every save (the change tracker no longer tells what was stored); inside an explicit
    // transaction the events become visible only at commit, so the next poll sends those.
    private void NotifyDispatcher(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null) signal.Notify();
    }
}
