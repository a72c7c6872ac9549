using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

/// <summary>The relay is woken by a committed save rather than waiting for its next poll.</summary>
public sealed class OutboxSignalTests
{
    /// <summary>Whether a wait would return at once (and consumes the wake-up if so). A zero timeout leaves no waiter behind.</summary>
    private static bool Woken(OutboxSignal signal) =>
        signal.WaitAsync(TimeSpan.Zero, CancellationToken.None) is Task<bool> { IsCompletedSuccessfully: true } wait
            ? wait.Result
            : throw new InvalidOperationException("OutboxSignal.WaitAsync no longer answers whether it was signalled.");

    [Fact]
    public async Task A_committed_save_wakes_the_relay()
    {
        await using var service = await ParkService.CreateAsync();
        var signal = service.Services.GetRequiredService<OutboxSignal>();
        Assert.False(Woken(signal));

        await using var db = service.OpenDb();
        db.AddEvent(new ParkRegistered(Guid.NewGuid(), "SZ-SIP", "320571"));
        await db.SaveChangesAsync();

        Assert.True(Woken(signal));
    }

    [Fact]
    public async Task A_save_inside_an_open_transaction_does_not_wake_the_relay_before_commit()
    {
        await using var service = await ParkService.CreateAsync();
        var signal = service.Services.GetRequiredService<OutboxSignal>();

        await using var db = service.OpenDb();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AddEvent(new ParkRegistered(Guid.NewGuid(), "SZ-SIP", "320571"));
        await db.SaveChangesAsync();

        Assert.False(Woken(signal));
    }

    [Fact]
    public void Many_notifications_before_the_relay_looks_wake_it_once()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();
        signal.Notify();

        Assert.True(Woken(signal));
        Assert.False(Woken(signal));
    }
}
