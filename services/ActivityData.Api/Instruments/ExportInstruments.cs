using System.Text;

namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// The register as CSV for a certification body (UTF-8 with BOM): one row per allocation, and one for an instrument with
/// none, so each park-year's claim can be traced to serials, status and retirement evidence.
/// </summary>
public static class ExportInstruments
{
    public static readonly string[] Header =
    [
        "instrumentId", "kind", "serialPrefix", "serialFirst", "serialLast", "certificateNumber", "vintage", "generationFrom", "generationTo",
        "quantity", "unit", "status", "evidenceId", "closedAt", "allocationId", "allocationYear", "allocationQuantity",
    ];

    public static async Task<IResult> Csv(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var (_, refusal) = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var instruments = await db.Instruments.AsNoTracking().Where(i => i.ParkId == parkId).OrderBy(i => i.RegisteredAt).ThenBy(i => i.Id).ToListAsync(ct);
        var allocations = await ListInstruments.AllocationsOfAsync(db, instruments.Select(i => i.Id).ToList(), ct);
        var csv = new StringBuilder(CsvCells.Row(Header));
        foreach (var i in instruments)
        {
            var rows = allocations[i.Id].OrderBy(a => a.AllocatedAt).Select(a => (InstrumentAllocation?)a).DefaultIfEmpty();
            foreach (var a in rows) csv.Append(CsvCells.Row(Row(i, a)));
        }
        return Results.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8", $"instruments-{parkId:N}.csv");
    }

    private static IEnumerable<string> Row(Instrument i, InstrumentAllocation? a) =>
    [
        i.Id.ToString(), CsvCells.Cell(i.Kind), i.CertificateNumber is null ? CsvCells.Cell(i.Prefix) : "", i.CertificateNumber is null ? $"{i.First}" : "",
        i.CertificateNumber is null ? $"{i.Last}" : "", CsvCells.Cell(i.CertificateNumber), $"{i.Vintage}", CsvCells.Cell(i.GenerationFrom),
        CsvCells.Cell(i.GenerationTo), CsvCells.Number(i.Quantity), i.Unit, i.Status, i.EvidenceId?.ToString() ?? "",
        i.ClosedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("O") : "", a?.Id.ToString() ?? "", a is null ? "" : $"{a.Year}",
        a is null ? "" : CsvCells.Number(a.Quantity),
    ];
}
