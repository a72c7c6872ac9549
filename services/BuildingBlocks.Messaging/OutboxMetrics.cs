using CarbonPlatform.ServiceDefaults;
using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging;

/// <summary>
/// The outbox's backlog: rows not yet confirmed by the broker and the age of the oldest. One indexed query
/// (<c>SentAt, NextAttemptAt</c>) every 10 s at most. Every replica reports the same database: aggregate with max, not sum.
/// </summary>
public sealed class OutboxMetrics<TDb> : IPlatformMetrics where TDb : DbContext
{
    public OutboxMetrics(IMeterFactory meters, ServiceIdentity service, IServiceScopeFactory scopes, ILogger<OutboxMetrics<TDb>> log)
    {
        var backlog = new CachedGauge<Backlog>(scopes, ReadAsync, log, "carbon.outbox");
        var meter = PlatformMeter.Create(meters);
        var tags = PlatformMeter.Tags(service);
        meter.CreateObservableGauge("carbon.outbox.unsent", () =>
            backlog.TryGet(out var b) ? [new Measurement<long>(b.Unsent, tags)] : Array.Empty<Measurement<long>>(),
            unit: "{message}", description: "Events stored in the outbox and not yet confirmed by the broker.");
        meter.CreateObservableGauge("carbon.outbox.oldest_unsent_age", () =>
            backlog.TryGet(out var b) ? [new Measurement<double>(b.OldestAge.TotalSeconds, tags)] : Array.Empty<Measurement<double>>(),
            unit: "s", description: "How long the oldest unsent outbox event has waited (0 when none waits).");
    }

    private sealed record Backlog(long Unsent, TimeSpan OldestAge);

    private static async Task<Backlog> ReadAsync(IServiceProvider services, CancellationToken ct)
    {
        var unsent = services.GetRequiredService<TDb>().Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt == null);
        var count = await unsent.LongCountAsync(ct);
        if (count == 0) return new Backlog(0, TimeSpan.Zero);
        var oldest = await unsent.MinAsync(m => (DateTime?)m.CreatedAt, ct);
        var age = oldest is null ? TimeSpan.Zero : DateTime.UtcNow - oldest.Value;
        return new Backlog(count, age < TimeSpan.Zero ? TimeSpan.Zero : age);
    }
}
