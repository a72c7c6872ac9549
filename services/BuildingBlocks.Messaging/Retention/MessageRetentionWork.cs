using CarbonPlatform.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging.Retention;

/// <summary>Purges the outbox and inbox of <typeparamref name="TDb"/> every <c>Messaging:RetentionInterval</c> (default an hour); safe on every replica at once.</summary>
public sealed class MessageRetentionWork<TDb>(IServiceScopeFactory scopes, IConfiguration configuration, MessageRetention retention,
    TimeProvider clock, ILogger<MessageRetentionWork<TDb>> log)
    : ScheduledWork(scopes, configuration, log, "Messaging:RetentionInterval", TimeSpan.FromHours(1)) where TDb : DbContext
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var (outbox, inbox) = await retention.PurgeAsync(services.GetRequiredService<TDb>(), clock.GetUtcNow().UtcDateTime, ct);
        if (outbox + inbox > 0) log.LogInformation("Purged {Outbox} sent events and {Inbox} handled message ids older than {Retention}", outbox, inbox, retention.Keep);
    }
}
