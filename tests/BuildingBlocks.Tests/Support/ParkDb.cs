using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using CarbonPlatform.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.Support;

/// <summary>A small service database: parks, a per-park tally of meter readings, and the outbox and inbox tables.</summary>
public sealed class ParkDb(DbContextOptions<ParkDb> options) : DbContext(options)
{
    public DbSet<Park> Parks => Set<Park>();
    public DbSet<ReadingTally> Tallies => Set<ReadingTally>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Park>(e =>
        {
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.Code).IsUnique(); // a park code is registered once
        });
        model.Entity<ReadingTally>().HasKey(t => t.ParkId);
        model.AddOutboxAndInbox().AddDeadLetters();
    }
}

public sealed class Park
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string RegionCode { get; set; }
}

public sealed class ReadingTally
{
    public Guid ParkId { get; set; }
    public int Readings { get; set; }
    public int Audits { get; set; }
}

/// <summary>Integration events as a service would raise them.</summary>
public sealed record ParkRegistered(Guid ParkId, string Code, string RegionCode);

public sealed record MeterReadingRecorded(Guid ParkId, decimal Kwh);
