using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>Wakes the dispatcher when a transaction stored events, so they leave at once rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount > 0) return;
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled: one wake-up is enough */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Signals the dispatcher only when events were stored: after the save, or after the commit of the transaction the
/// save ran in. (A save without events — the dispatcher's own bookkeeping included — wakes nobody.)
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _eventsSaving;
    private bool _eventsAwaitingCommit;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _eventsSaving = StoresEvents(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _eventsSaving = StoresEvents(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _eventsAwaitingCommit = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _eventsAwaitingCommit = false;
        return Task.CompletedTask;
    }

    private static bool StoresEvents(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    private void Saved(DbContext? context)
    {
        if (!_eventsSaving) return;
        _eventsSaving = false;
        if (context?.Database.CurrentTransaction is null) signal.Notify();
        else _eventsAwaitingCommit = true;
    }

    private void Committed()
    {
        if (!_eventsAwaitingCommit) return;
        _eventsAwaitingCommit = false;
        signal.Notify();
    }
}
