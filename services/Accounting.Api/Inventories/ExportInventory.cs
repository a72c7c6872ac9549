using System.Text;
using System.Text.Json.Nodes;

namespace CarbonPlatform.Accounting.Inventories;

/// <summary>The spreadsheet an inventory is exported as (?format=, csv when absent).</summary>
[System.ComponentModel.Description("The export's format: csv (the default) or xlsx.")]
public enum InventoryExportFormat { Csv, Xlsx }

/// <summary>
/// The calculation as a spreadsheet (CSV or XLSX): one row per line with its formula, every input with its origin and
/// factor status, and the version and factor release it belongs to — what a certification body re-derives figures from.
/// </summary>
public static class ExportInventory
{
    private static readonly string[] Header =
        ["method", "version", "factorRelease", "gwpSet", "lineId", "kind", "scope", "tCO2e", "excluded", "formula", "inputs", "intermediates", "flags"];

    public static async Task<IResult> Handle(Guid parkId, int year, string? method, int? version, string? format, HttpContext http,
        IParkDirectory parks, InventoryReader reader, CancellationToken ct)
    {
        if ((await parks.ForReadingAsync(http.Caller(), parkId, ct)).Refusal is { } refusal) return refusal.ToProblem();
        if (method is null) return Problems.Invalid("method", "missing-field", "method is required: cers-2025 or ndrc-910-2025.");
        if (format is not (null or "csv" or "xlsx")) return Problems.Invalid("format", "unknown-format", "format must be csv or xlsx.");
        var found = await reader.FindAsync(parkId, year, method, version, ct);
        if (found is null || found.Version.ErrorsJson is not null) return Problems.NotFound("The inventory");

        var v = found.Version;
        var lines = JsonNode.Parse(found.Json)!["lines"]!.AsArray();
        var rows = lines.Select(l => Row(l!, v.Method, v.Version, v.FactorRelease, v.GwpSet)).ToList();
        var name = $"inventory-{parkId:N}-{year}-{method}-v{v.Version}";
        if (format == "xlsx")
            return await XlsxDownload.CreateAsync("inventory", name + ".xlsx", async sheet =>
            {
                await sheet.WriteRowAsync(Header);
                foreach (var row in rows) await sheet.WriteRowAsync(row);
            });
        var csv = new StringBuilder(CsvCells.Row(Header));
        foreach (var row in rows)
            csv.Append(CsvCells.Row(row.Select(c => c is double d ? CsvCells.Number(d) : CsvCells.Cell(c?.ToString()))));
        return Results.File(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name + ".csv");
    }

    private static object?[] Row(JsonNode line, string method, int version, string release, string? gwp) =>
    [
        method, (double)version, release, gwp, (string?)line["id"], (string?)line["kind"],
        line["scope"] is { } scope ? (double)scope : null, (double?)line["co2e"], (bool?)line["excluded"] == true ? "yes" : "no",
        (string?)line["formula"],
        string.Join("; ", line["inputs"]!.AsArray().Select(i =>
            $"{i!["name"]}={i["value"]} {i["unit"]} [{i["origin"]}{(i["status"] is { } s ? ", " + s : "")}]")),
        line["intermediates"]?.ToJsonString(),
        string.Join(" ", line["flags"]?.AsArray().Select(f => (string?)f) ?? []),
    ];
}
