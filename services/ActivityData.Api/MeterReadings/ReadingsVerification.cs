namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>A monthly line whose readings in the database no longer give the count and digest its ledger entry keeps.</summary>
public sealed record ReadingsMismatch(string LineId, string Expected, string Actual);

public sealed record ReadingsReport(long ReadingsChecked, int LinesChecked, ReadingsMismatch? FirstMismatch);

/// <summary>Recomputes every meter line's digest from the park's stored readings, streamed, and compares it with its entry.</summary>
public static class ReadingsVerification
{
    /// <param name="year">The period to verify (its monthly lines and their readings); null for every year the park has.</param>
    public static async Task<ReadingsReport> VerifyAsync(ActivityDb db, Guid parkId, CancellationToken ct, int? year = null)
    {
        // Read before the entries, then less what they already hold: a file approved in between is checked, never an orphan.
        var pending = await Approval.SubmittedReadings.PendingAsync(db, parkId, ct);
        var entries = db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Readings != null && e.Supersedes == null);
        if (year is { } y) entries = entries.Where(e => e.Year == y);
        var stored = await entries.Select(e => new { e.LineId, e.Readings, e.BatchId }).ToListAsync(ct);
        var expected = stored.ToDictionary(e => e.LineId, e => e.Readings!);
        pending.ExceptWith(stored.Select(e => e.BatchId));
        if (expected.Count == 0) return new ReadingsReport(0, 0, null);
        // Through the park's sources (a source is one park's): the unique (source, time) index leads the scan.
        var sources = db.Sources.Where(s => s.ParkId == parkId).Select(s => s.Id);
        var groups = new Dictionary<string, ReadingDigest>();
        long count = 0;
        var readings = db.MeterReadings.AsNoTracking().Where(r => sources.Contains(r.SourceId));
        if (year is { } only) readings = readings.Where(r => r.Year == only);
        await foreach (var r in readings.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (pending.Contains(r.BatchId)) continue; // submitted for approval: no monthly line counts it yet
            var line = MonthlyTotals.LineId(r.SourceId, r.Month, r.Fuel, r.BatchId);
            if (!groups.TryGetValue(line, out var digest)) groups[line] = digest = new ReadingDigest();
            digest.Add(r.SourceId, r.ReadAt, r.Quantity);
            count++;
        }
        foreach (var (line, kept) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var actual = groups.TryGetValue(line, out var d) ? d.ToString() : "0:none";
            if (actual != kept) return new ReadingsReport(count, expected.Count, new ReadingsMismatch(line, kept, actual));
        }
        var orphan = groups.Keys.FirstOrDefault(k => !expected.ContainsKey(k));
        return new ReadingsReport(count, expected.Count, orphan is null ? null : new ReadingsMismatch(orphan, "no ledger entry", groups[orphan].ToString()));
    }
}
