using System.Globalization;

namespace CarbonPlatform.ActivityData.Exports;

/// <summary>
/// The ledger export's columns and, per entry, its cells: numbers (whole ones as long or int, quantities as double), text as strings, empty as null;
/// rendered by <see cref="LedgerCsv"/> or into an XLSX. Pure.
/// </summary>
public static class LedgerSheet
{
    public static readonly string[] ValueColumns = ["kind", "quantity", "unit", "fuel", "carbonate", "gas", "product", "source", "instrument", "serial"];

    public static readonly string[] Header =
    [
        "sequence", "year", "month", "lineId", "channel", "recordedBy", "recordedAt", .. ValueColumns,
        "evidenceId", "sourceId", "supersedes", "supersededBy", "reason", "hash",
    ];

    public static object?[] Row(LedgerEntry e, long? supersededBy)
    {
        var values = Values(e.Values);
        return
        [
            e.Sequence, e.Year, e.Month, e.LineId, e.Channel, e.RecordedBy,
            e.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            .. ValueColumns.Select(c => values.TryGetValue(c, out var v) ? Cell(v) : null),
            e.EvidenceId, e.SourceId, e.Supersedes, supersededBy, e.Reason, e.Hash,
        ];
    }

    private static object? Cell(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.Null => null,
        _ => v.ToString(),
    };

    private static Dictionary<string, JsonElement> Values(string json)
    {
        try { return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? []; }
        catch (JsonException) { return []; }
    }
}
