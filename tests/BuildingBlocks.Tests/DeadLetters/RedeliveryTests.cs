using CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;
using CarbonPlatform.BuildingBlocks.Tests.Inbox;
using CarbonPlatform.BuildingBlocks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarbonPlatform.BuildingBlocks.Tests.DeadLetters;

/// <summary>
/// After the quick retries a message is kept in the service's database and redelivered on the long schedule; after the
/// last step it stays dead (counted in the health report) until it is replayed.
/// </summary>
public sealed class RedeliveryTests
{
    private readonly Guid _park = Guid.NewGuid();

    [Fact]
    public async Task A_consumer_failing_past_the_quick_retries_is_redelivered_later_and_succeeds()
    {
        await using var service = await DeadLetterService.StartAsync(_park);
        service.Gateway.TimeOutNext(2); // the first delivery and its one quick retry
        var messageId = Guid.NewGuid();

        await service.Deliver(new MeterReadingRecorded(_park, 1m), messageId);
        await Eventually.Until(async () => (await service.LettersAsync()).Count == 1, "the failed message is kept as a dead letter");
        var kept = Assert.Single(await service.LettersAsync());
        Assert.Equal(messageId, kept.MessageId);
        Assert.Contains("meter gateway timed out", kept.Error);
        Assert.Equal(0, await service.ReadingsAsync(_park));

        await Eventually.Until(async () => (await service.LettersAsync()).Single().Status == DeadLetterStatus.Handled, "the redelivery is handled");
        var handled = Assert.Single(await service.LettersAsync());
        Assert.Equal(1, handled.Attempts);
        Assert.NotNull(handled.HandledAt);
        Assert.True(handled.HandledAt >= kept.FirstFailedAt + TimeSpan.FromSeconds(1), "redelivered after the first step, not at once");
        Assert.Equal(1, await service.ReadingsAsync(_park));
    }

    [Fact]
    public async Task A_message_that_never_succeeds_stays_dead_after_the_last_step_and_is_handled_once_replayed()
    {
        await using var service = await DeadLetterService.StartAsync(_park);
        service.Gateway.TimeOutNext(int.MaxValue);

        await service.Deliver(new MeterReadingRecorded(_park, 1m), Guid.NewGuid());
        await Eventually.Until(async () => (await service.LettersAsync()).SingleOrDefault()?.Status == DeadLetterStatus.Dead, "the message is dead");
        var dead = Assert.Single(await service.LettersAsync());
        Assert.Equal(3, dead.Attempts); // the first delivery, then one per step of the schedule
        Assert.Null(dead.NextAttemptAt);
        var health = await service.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "dead-letters");
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal(1L, health.Entries["dead-letters"].Data["dead"]);
        await Task.Delay(1500); // a dead letter is not redelivered on its own
        Assert.Equal(3, Assert.Single(await service.LettersAsync()).Attempts);

        service.Gateway.TimeOutNext(0);
        Assert.Equal(1, await service.QueryAsync(db => DeadLetterEndpoints.ReplayAsync(db, dead.Id, DateTime.UtcNow, CancellationToken.None)));

        await Eventually.Until(async () => (await service.LettersAsync()).Single().Status == DeadLetterStatus.Handled, "the replay is handled");
        Assert.Equal(1, await service.ReadingsAsync(_park));
    }
}
