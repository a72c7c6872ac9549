using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.Inbox;

/// <summary>Counts a park's meter readings: an effect that must happen once per message, however often it is delivered.</summary>
public sealed class ReadingTallyConsumer(ParkDb db, MeterGateway gateway) : InboxConsumer<MeterReadingRecorded, ParkDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<MeterReadingRecorded> context)
    {
        var tally = await Db.Tallies.SingleAsync(t => t.ParkId == context.Message.ParkId);
        tally.Readings++;
        if (gateway.TimesOut())
        {
            await Db.SaveChangesAsync(); // the increment reaches the database, inside the inbox transaction only
            throw new TimeoutException("The meter gateway timed out.");
        }
    }
}

/// <summary>A second consumer of the same message: the inbox records each consumer separately.</summary>
public sealed class ReadingAuditConsumer(ParkDb db) : InboxConsumer<MeterReadingRecorded, ParkDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<MeterReadingRecorded> context)
    {
        var tally = await Db.Tallies.SingleAsync(t => t.ParkId == context.Message.ParkId);
        tally.Audits++;
    }
}

/// <summary>Makes the next handlings fail, as an unavailable downstream system would.</summary>
public sealed class MeterGateway
{
    private int _timeouts;

    public void TimeOutNext(int times = 1) => Volatile.Write(ref _timeouts, times);

    public bool TimesOut() => Interlocked.Decrement(ref _timeouts) >= 0;
}
