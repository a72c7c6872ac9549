using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// The data-quality score of a park's metered sources for ?year= (up to now when the year is running) and of the park (their
/// mean). Shown beside P2/P3/L1; it changes none of them.
/// </summary>
public static class ParkDataQuality
{
    public static async Task<IResult> Handle(Guid parkId, int? year, HttpContext http, ActivityDb db, IParkDirectory parks, TimeProvider clock,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var access = await DeviceAccess.ForAsync(parks, caller, parkId, writing: false, ct);
        if (!access.Granted) return access.Refusal;
        if (year is not { } y || y is < 1990 or > 2200) return Problems.Invalid("year", "missing-field", "?year= names the reporting year.");
        var (from, now) = (new DateTime(y, 1, 1), DeviceViews.ParkNow(clock));
        var to = from.AddYears(1) < now ? from.AddYears(1) : now;
        var devices = await db.Devices.AsNoTracking().Visible(db, caller, parkId).ToListAsync(ct);
        var scores = new List<SourceQuality>();
        foreach (var source in devices.GroupBy(d => d.SourceId))
        {
            var ids = source.Select(d => d.Id).ToList();
            var readings = await db.DeviceReadings.AsNoTracking().Where(r => ids.Contains(r.DeviceId) && r.ReadAt >= from && r.ReadAt < to)
                .Select(r => new { r.ReadAt, r.ReceivedAt }).ToListAsync(ct);
            var sourceId = source.Key.ToString("D");
            var entries = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == y && e.SourceId == sourceId && e.Kind == null)
                .Select(e => e.EvidenceId != null).ToListAsync(ct);
            // Readings carry park time (UTC+8); ReceivedAt is UTC.
            var q = DataQuality.Of(from, to, TimeSpan.FromMinutes(source.Min(d => d.IntervalMinutes)), readings.Select(r => r.ReadAt).ToList(),
                readings.Select(r => r.ReceivedAt - r.ReadAt.AddHours(-8)).ToList(), entries.Count, entries.Count(e => e));
            scores.Add(new SourceQuality(source.Key, q.Coverage, q.Timeliness, q.Evidence, q.Score));
        }
        var park = QualityScore.Mean(scores.Select(s => new QualityScore(s.Coverage, s.Timeliness, s.Evidence)).ToList());
        return Results.Ok(new ParkQuality(parkId, y, park.Coverage, park.Timeliness, park.Evidence, park.Score, scores));
    }
}
