using System.Runtime.CompilerServices;
using System.Text;

namespace CarbonPlatform.ActivityData.Exports;

/// <summary>
/// A year of the ledger as a download, read page by page so it is never held whole: CSV (UTF-8 with BOM, so spreadsheets
/// read Chinese text), streamed; or XLSX (numbers as numbers, text as inline strings, never formulas).
/// </summary>
public static class ExportLedger
{
    private const int PageSize = 2_000;

    public static async Task<IResult> Csv(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var entries = await EntriesAsync(db, parkId, year, ct);
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteAsync(LedgerCsv.Header());
            await foreach (var (entry, supersededBy) in entries) await writer.WriteAsync(LedgerCsv.Row(entry, supersededBy));
        }, "text/csv; charset=utf-8", $"ledger-{parkId:N}-{year}.csv");
    }

    public static async Task<IResult> Xlsx(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var entries = await EntriesAsync(db, parkId, year, ct);
        return await XlsxDownload.CreateAsync("ledger", $"ledger-{parkId:N}-{year}.xlsx", async sheet =>
        {
            await sheet.WriteRowAsync(LedgerSheet.Header);
            await foreach (var (entry, supersededBy) in entries) await sheet.WriteRowAsync(LedgerSheet.Row(entry, supersededBy));
        });
    }

    /// <summary>The year's entries in chain order, each with the sequence of the entry that superseded it, if any.</summary>
    private static async Task<IAsyncEnumerable<(LedgerEntry Entry, long? SupersededBy)>> EntriesAsync(ActivityDb db, Guid parkId, int year, CancellationToken ct)
    {
        var supersededBy = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == year && e.Supersedes != null)
            .Select(e => new { Old = e.Supersedes!.Value, New = e.Sequence }).ToListAsync(ct);
        var by = supersededBy.GroupBy(s => s.Old).ToDictionary(g => g.Key, g => g.Min(s => s.New));
        return Pages(db, parkId, year, by, ct);
    }

    private static async IAsyncEnumerable<(LedgerEntry, long?)> Pages(ActivityDb db, Guid parkId, int year, Dictionary<long, long> by,
        [EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var page = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == year && e.Sequence > after && e.Kind == null)
                .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);
            foreach (var e in page) yield return (e, by.TryGetValue(e.Sequence, out var s) ? s : null);
            if (page.Count < PageSize) break;
            after = page[^1].Sequence;
        }
    }
}
