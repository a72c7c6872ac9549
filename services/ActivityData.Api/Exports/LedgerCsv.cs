using CarbonPlatform.ServiceDefaults.Spreadsheets;
using System.Globalization;
using System.Text.Json;
using CarbonPlatform.ActivityData.Data;

namespace CarbonPlatform.ActivityData.Exports;

/// <summary>The ledger as CSV rows: one per entry, superseded ones marked; every text cell neutralised. Pure.</summary>
public static class LedgerCsv
{
    public static readonly string[] ValueColumns = ["kind", "quantity", "unit", "fuel", "carbonate", "gas", "product", "source", "instrument", "serial"];

    public static string Header() => CsvCells.Row(
        new[] { "sequence", "year", "month", "lineId", "channel", "recordedBy", "recordedAt" }
            .Concat(ValueColumns).Concat(["evidenceId", "sourceId", "supersedes", "supersededBy", "reason", "hash"]));

    public static string Row(LedgerEntry e, long? supersededBy)
    {
        var values = Values(e.Values);
        var cells = new List<string>
        {
            e.Sequence.ToString(CultureInfo.InvariantCulture), e.Year.ToString(CultureInfo.InvariantCulture),
            e.Month?.ToString(CultureInfo.InvariantCulture) ?? "", CsvCells.Cell(e.LineId), CsvCells.Cell(e.Channel), CsvCells.Cell(e.RecordedBy),
            e.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        foreach (var column in ValueColumns)
            cells.Add(values.TryGetValue(column, out var v) ? Cell(v) : "");
        cells.AddRange([CsvCells.Cell(e.EvidenceId), CsvCells.Cell(e.SourceId), e.Supersedes?.ToString(CultureInfo.InvariantCulture) ?? "",
            supersededBy?.ToString(CultureInfo.InvariantCulture) ?? "", CsvCells.Cell(e.Reason), e.Hash]);
        return CsvCells.Row(cells);
    }

    private static string Cell(JsonElement v) => v.ValueKind == JsonValueKind.Number ? CsvCells.Number(v.GetDouble()) : CsvCells.Cell(v.ToString());

    private static Dictionary<string, JsonElement> Values(string json)
    {
        try { return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? []; }
        catch (JsonException) { return []; }
    }
}
