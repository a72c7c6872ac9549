using System.Text.Json;
using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.Outbox;

public sealed class EventOutboxTests
{
    private static readonly Guid Operator = Guid.NewGuid();

    [Fact]
    public async Task A_registered_park_and_its_event_are_stored_by_the_same_SaveChanges()
    {
        await using var service = await ParkService.CreateAsync();
        var park = new Park { Id = Guid.NewGuid(), Code = "SZ-SIP", RegionCode = "320571" };
        await using (var db = service.OpenDb())
        {
            db.Parks.Add(park);
            db.AddEvent(new ParkRegistered(park.Id, park.Code, park.RegionCode), Operator, correlationId: "4bf92f3577b34da6a3ce929d0e0e4736");
            Assert.Equal(0, await db.Outbox.CountAsync()); // nothing is stored before SaveChanges
            await db.SaveChangesAsync();
        }

        var row = await service.QueryAsync(db => db.Outbox.SingleAsync());
        Assert.True(await service.QueryAsync(db => db.Parks.AnyAsync(p => p.Id == park.Id)));
        Assert.Equal(typeof(ParkRegistered), Type.GetType(row.MessageType));
        Assert.Equal(new ParkRegistered(park.Id, "SZ-SIP", "320571"), JsonSerializer.Deserialize<ParkRegistered>(row.Body, JsonSerializerOptions.Web));
        Assert.Equal(Operator.ToString(), row.OrganizationId);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", row.CorrelationId);
        Assert.Null(row.SentAt);
        Assert.Equal(0, row.Attempts);
        Assert.True(row.NextAttemptAt <= DateTime.UtcNow, "a new event is due at once");
    }

    [Fact]
    public async Task A_SaveChanges_that_violates_a_constraint_stores_no_event()
    {
        await using var service = await ParkService.CreateAsync();
        await using (var db = service.OpenDb())
        {
            db.Parks.Add(new Park { Id = Guid.NewGuid(), Code = "SZ-SIP", RegionCode = "320571" });
            await db.SaveChangesAsync();
        }

        await using (var db = service.OpenDb())
        {
            var duplicate = new Park { Id = Guid.NewGuid(), Code = "SZ-SIP", RegionCode = "320505" };
            db.Parks.Add(duplicate);
            db.AddEvent(new ParkRegistered(duplicate.Id, duplicate.Code, duplicate.RegionCode), Operator);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(0, await service.QueryAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(1, await service.QueryAsync(db => db.Parks.CountAsync()));
    }

    [Fact]
    public async Task An_event_saved_in_a_transaction_that_rolls_back_is_not_stored()
    {
        await using var service = await ParkService.CreateAsync();
        await using (var db = service.OpenDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var park = new Park { Id = Guid.NewGuid(), Code = "WX-HI", RegionCode = "320214" };
            db.Parks.Add(park);
            db.AddEvent(new ParkRegistered(park.Id, park.Code, park.RegionCode), Operator);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await service.QueryAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(0, await service.QueryAsync(db => db.Parks.CountAsync()));
    }
}
