using System.Text;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Exports;

/// <summary>Streams a year of the ledger as a CSV download (UTF-8 with BOM, so spreadsheets read Chinese text), page by page.</summary>
public static class ExportLedger
{
    private const int PageSize = 2_000;

    public static async Task<IResult> Handle(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal;
        var park = access.Park;
        var supersededBy = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == year && e.Supersedes != null)
            .Select(e => new { Old = e.Supersedes!.Value, New = e.Sequence }).ToListAsync(ct);
        var by = supersededBy.GroupBy(s => s.Old).ToDictionary(g => g.Key, g => g.Min(s => s.New));

        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteAsync(LedgerCsv.Header());
            long after = 0;
            while (true)
            {
                var page = await db.Ledger.AsNoTracking().Where(e => e.ParkId == parkId && e.Year == year && e.Sequence > after)
                    .OrderBy(e => e.Sequence).Take(PageSize).ToListAsync(ct);
                foreach (var e in page) await writer.WriteAsync(LedgerCsv.Row(e, by.TryGetValue(e.Sequence, out var s) ? s : null));
                if (page.Count < PageSize) break;
                after = page[^1].Sequence;
            }
        }, "text/csv; charset=utf-8", $"ledger-{parkId:N}-{year}.csv");
    }
}
