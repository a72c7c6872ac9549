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
        if (!access.Granted) return access.Refusal.ToProblem();
        if (year is not { } y || y is < 1990 or > 2200) return Problems.Invalid("year", "missing-field", "?year= names the reporting year.");
        var (from, now) = (new DateTime(y, 1, 1), DeviceViews.ParkNow(clock));
        var to = from.AddYears(1) < now ? from.AddYears(1) : now;
        var devices = await db.Devices.AsNoTracking().Visible(db, caller, parkId).ToListAsync(ct);
        // Two reads for the whole park, not two per source: the dashboard asks for this on every load.
        var ids = devices.Select(d => d.Id).ToList();
        var readings = (await db.DeviceReadings.AsNoTracking().Where(r => ids.Contains(r.DeviceId) && r.ReadAt >= from && r.ReadAt < to)
            .Select(r => new { r.DeviceId, r.ReadAt, r.ReceivedAt }).ToListAsync(ct)).ToLookup(r => r.DeviceId);
        var sourceIds = devices.Select(d => d.SourceId.ToString("D")).Distinct().ToList();
        var entries = (await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == y && e.Kind == null && sourceIds.Contains(e.SourceId!))
            .Select(e => new { e.SourceId, Evidence = e.EvidenceId != null }).ToListAsync(ct)).ToLookup(e => e.SourceId);
        var scores = new List<SourceQuality>();
        foreach (var source in devices.GroupBy(d => d.SourceId))
        {
            var read = source.SelectMany(d => readings[d.Id]).ToList();
            var lines = entries[source.Key.ToString("D")].ToList();
            // Readings carry park time (UTC+8); ReceivedAt is UTC.
            var q = DataQuality.Of(from, to, TimeSpan.FromMinutes(source.Min(d => d.IntervalMinutes)), read.Select(r => r.ReadAt).ToList(),
                read.Select(r => r.ReceivedAt - r.ReadAt.AddHours(-8)).ToList(), lines.Count, lines.Count(e => e.Evidence));
            scores.Add(new SourceQuality(source.Key, q.Coverage, q.Timeliness, q.Evidence, q.Score));
        }
        var park = QualityScore.Mean(scores.Select(s => new QualityScore(s.Coverage, s.Timeliness, s.Evidence)).ToList());
        return Results.Ok(new ParkQuality(parkId, y, park.Coverage, park.Timeliness, park.Evidence, park.Score, scores));
    }
}
