using CarbonPlatform.BuildingBlocks.Messaging;
using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using CarbonPlatform.BuildingBlocks.Messaging.Retention;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.BuildingBlocks.Tests.Retention;

public sealed class MessageRetentionTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    private static OutboxMessage Event(string name, DateTime created, DateTime? sent) => new()
    {
        Id = Guid.NewGuid(), MessageType = name, Body = "{}", CreatedAt = created, NextAttemptAt = created, SentAt = sent,
    };

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public async Task Sent_events_and_handled_ids_past_the_retention_are_purged_and_an_unsent_event_never_is()
    {
        await using var service = await ParkService.CreateAsync();
        await using (var db = service.OpenDb())
        {
            db.Outbox.AddRange(Event("sent-long-ago", Now.AddDays(-40), Now.AddDays(-31)), Event("sent-lately", Now.AddDays(-2), Now.AddDays(-1)),
                Event("never-sent", Now.AddDays(-40), sent: null));
            db.Inbox.AddRange(new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "old", ProcessedAt = Now.AddDays(-31) },
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "recent", ProcessedAt = Now.AddDays(-29) });
            await db.SaveChangesAsync();
        }

        var retention = MessageRetention.From(Settings(), RedeliverySchedule.From(Settings()));
        await using (var db = service.OpenDb())
            Assert.Equal((1, 1), await retention.PurgeAsync(db, Now, CancellationToken.None));

        Assert.Equal(["never-sent", "sent-lately"], await service.QueryAsync(db => db.Outbox.Select(m => m.MessageType).OrderBy(t => t).ToListAsync()));
        Assert.Equal(["recent"], await service.QueryAsync(db => db.Inbox.Select(m => m.Consumer).ToListAsync()));
    }

    [Fact]
    public void A_retention_no_longer_than_the_redelivery_window_is_refused_at_start()
    {
        var settings = Settings(("Messaging:Retention", "06:30:00"), ("Messaging:Redelivery:0", "00:01:00"), ("Messaging:Redelivery:1", "06:00:00"));

        var refused = Assert.Throws<InvalidOperationException>(() => MessageRetention.From(settings, RedeliverySchedule.From(settings)));

        Assert.Contains("Messaging:Retention", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(7), MessageRetention.From(Settings(("Messaging:Retention", "07:00:00")),
            RedeliverySchedule.From(Settings(("Messaging:Redelivery:0", "00:10:00")))).Keep);
    }
}
