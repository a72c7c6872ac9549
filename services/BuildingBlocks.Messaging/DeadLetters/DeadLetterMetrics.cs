using System.Diagnostics.Metrics;
using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarbonPlatform.BuildingBlocks.Messaging.DeadLetters;

/// <summary>
/// Dead letters waiting for a redelivery and dead ones (gauges, one indexed count every 10 s at most; every replica reports
/// the same database: aggregate with max), and redeliveries sent by this replica (counter).
/// </summary>
public sealed class DeadLetterMetrics : IPlatformMetrics
{
    private readonly Counter<long> _redelivered;
    private readonly System.Diagnostics.TagList _tags;
    private readonly CachedGauge<DeadLetterCounts> _counts;

    public DeadLetterMetrics(IMeterFactory meters, ServiceIdentity service, DeadLetterDatabase database, IServiceScopeFactory scopes,
        ILogger<DeadLetterMetrics> log)
    {
        _counts = new CachedGauge<DeadLetterCounts>(scopes, (_, ct) => database.RunAsync(db => DeadLetterCounts.ReadAsync(db, ct)), log, "carbon.dead_letters");
        var meter = PlatformMeter.Create(meters);
        _tags = PlatformMeter.Tags(service);
        var tags = _tags;
        meter.CreateObservableGauge("carbon.dead_letters.waiting", () =>
            _counts.TryGet(out var c) ? [new Measurement<long>(c.Waiting, tags)] : Array.Empty<Measurement<long>>(),
            unit: "{message}", description: "Messages that failed past the quick retries and wait for (or are in) a long-backoff redelivery.");
        meter.CreateObservableGauge("carbon.dead_letters.dead", () =>
            _counts.TryGet(out var c) ? [new Measurement<long>(c.Dead, tags)] : Array.Empty<Measurement<long>>(),
            unit: "{message}", description: "Messages that failed after the last redelivery: kept until an administrator replays them.");
        _redelivered = meter.CreateCounter<long>("carbon.dead_letters.redelivered", "{message}",
            "Dead letters sent back to their queue, on the schedule or by a replay.");
        _redelivered.Add(0, _tags);
    }

    public void Redelivered() => _redelivered.Add(1, _tags);
}

public sealed record DeadLetterCounts(long Waiting, long Dead)
{
    public static async Task<DeadLetterCounts> ReadAsync(DbContext db, CancellationToken ct)
    {
        var counts = await db.Set<DeadLetter>().AsNoTracking().Where(d => d.Status != DeadLetterStatus.Handled)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        return new DeadLetterCounts(counts.Where(c => c.Status != DeadLetterStatus.Dead).Sum(c => c.Count),
            counts.Where(c => c.Status == DeadLetterStatus.Dead).Sum(c => c.Count));
    }
}
