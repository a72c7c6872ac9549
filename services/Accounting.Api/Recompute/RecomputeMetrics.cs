using System.Diagnostics.Metrics;
using CarbonPlatform.Accounting.Data;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>
/// The recomputation backlog (demands pending, the oldest one's wait: one row per park-year, read at most every 10 s)
/// and how long computing a park-year takes (both methods, the ledger streamed over gRPC included).
/// </summary>
public sealed class RecomputeMetrics : IPlatformMetrics
{
    private readonly Histogram<double> _duration;
    private readonly ServiceIdentity _service;

    public RecomputeMetrics(IMeterFactory meters, ServiceIdentity service, IServiceScopeFactory scopes, ILogger<RecomputeMetrics> log)
    {
        _service = service;
        var meter = PlatformMeter.Create(meters);
        var tags = PlatformMeter.Tags(service);
        var backlog = new CachedGauge<Backlog>(scopes, ReadAsync, log, "carbon.recompute");
        meter.CreateObservableGauge("carbon.recompute.pending", () =>
            backlog.TryGet(out var b) ? [new Measurement<long>(b.Pending, tags)] : Array.Empty<Measurement<long>>(),
            unit: "{demand}", description: "Park-years waiting for their inventory to be recomputed.");
        meter.CreateObservableGauge("carbon.recompute.oldest_pending_age", () =>
            backlog.TryGet(out var b) ? [new Measurement<double>(b.OldestAge.TotalSeconds, tags)] : Array.Empty<Measurement<double>>(),
            unit: "s", description: "How long the oldest pending recompute demand has waited (0 when none).");
        meter.CreateObservableGauge("carbon.recompute.failing", () =>
            backlog.TryGet(out var b) ? [new Measurement<long>(b.Failing, tags)] : Array.Empty<Measurement<long>>(),
            unit: "{demand}", description: "Park-years whose last recomputation failed, each retried later and later (at most hourly).");
        _duration = meter.CreateHistogram<double>("carbon.inventory.compute.duration", "s",
            "Time to compute one park-year's inventory under every method, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });
    }

    public void Computed(TimeSpan duration, bool succeeded) =>
        _duration.Record(duration.TotalSeconds, PlatformMeter.Tags(_service, ("outcome", succeeded ? "computed" : "failed")));

    private sealed record Backlog(long Pending, TimeSpan OldestAge, long Failing);

    private static async Task<Backlog> ReadAsync(IServiceProvider services, CancellationToken ct)
    {
        var demands = services.GetRequiredService<AccountingDb>().Demands.AsNoTracking();
        var pending = await demands.LongCountAsync(ct);
        var oldest = pending == 0 ? null : await demands.MinAsync(d => (DateTime?)d.FirstRequestedAt, ct);
        var age = oldest is null ? TimeSpan.Zero : DateTime.UtcNow - oldest.Value;
        var failing = pending == 0 ? 0 : await demands.LongCountAsync(d => d.Attempts > 0, ct);
        return new Backlog(pending, age < TimeSpan.Zero ? TimeSpan.Zero : age, failing);
    }
}
