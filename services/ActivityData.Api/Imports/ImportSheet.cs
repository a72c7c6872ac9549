using System.Globalization;
using System.Text.Json.Nodes;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>An import file read into activity lines (as JSON, for the batch validation) with the problems of its shape.</summary>
public sealed class ImportSheet
{
    public JsonArray Lines { get; } = [];
    /// <summary>The file row of each line, by line index.</summary>
    public List<int> Rows { get; } = [];
    /// <summary>The file's header for each field.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.Ordinal);
    public List<ImportProblem> Problems { get; } = [];
    public bool TooManyRows { get; private set; }

    /// <summary>Reads the records of a CSV file (header first). Pure; stops after <paramref name="maxRows"/> data rows.</summary>
    public static ImportSheet Read(IEnumerable<CsvRecord> records, int maxRows)
    {
        var sheet = new ImportSheet();
        ImportColumns.Column?[]? columns = null;
        foreach (var record in records)
        {
            if (columns is null) { columns = sheet.ReadHeader(record); continue; }
            if (sheet.Rows.Count == maxRows) { sheet.TooManyRows = true; break; }
            sheet.ReadRow(record, columns);
        }
        if (columns is null) sheet.Problems.Add(new ImportProblem(null, null, "empty-file", "The file is empty: it needs a header row and at least one line."));
        else if (sheet.Rows.Count == 0 && sheet.Problems.Count == 0)
            sheet.Problems.Add(new ImportProblem(null, null, "empty-file", "The file has a header but no lines."));
        return sheet;
    }

    private ImportColumns.Column?[] ReadHeader(CsvRecord header)
    {
        var columns = new ImportColumns.Column?[header.Fields.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0) continue;
            var column = ImportColumns.Find(name);
            if (column is null) Problems.Add(new ImportProblem(header.Row, name, "unknown-column", $"'{name}' is not a column of the import template."));
            else if (!Headers.TryAdd(column.Field, name)) Problems.Add(new ImportProblem(header.Row, name, "duplicate-column", $"'{name}' names the {column.Field} column twice."));
            else columns[i] = column;
        }
        foreach (var required in ImportColumns.Required.Where(r => !Headers.ContainsKey(r)))
        {
            var chinese = ImportColumns.Find(required)!.Chinese;
            Problems.Add(new ImportProblem(header.Row, required, "missing-column", $"The column {chinese} ({required}) is required."));
        }
        return columns;
    }

    private void ReadRow(CsvRecord record, ImportColumns.Column?[] columns)
    {
        var line = new JsonObject();
        string? id = null;
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var text = record.Fields[i].Trim();
            if (i >= columns.Length)
            {
                if (text.Length > 0) Problems.Add(new ImportProblem(record.Row, $"#{i + 1}", "extra-cell", "The row has more cells than the header."));
                continue;
            }
            if (columns[i] is not { } column || text.Length == 0) continue;
            if (column.Field == "id") id = text;
            var value = Parse(column.Type, text);
            if (value is null)
                Problems.Add(new ImportProblem(record.Row, Headers[column.Field], "invalid-" + column.Type.ToString().ToLowerInvariant(),
                    $"'{text}' is not a {Describe(column.Type)}.", id));
            else line[column.Field] = value;
        }
        Lines.Add(line);
        Rows.Add(record.Row);
    }

    private static JsonNode? Parse(LineFieldType type, string text) => type switch
    {
        LineFieldType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? JsonValue.Create(d) : null,
        LineFieldType.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : null,
        LineFieldType.Boolean => text.ToLowerInvariant() switch
        {
            "true" or "1" or "是" => JsonValue.Create(true), "false" or "0" or "否" => JsonValue.Create(false), _ => null,
        },
        _ => JsonValue.Create(text),
    };

    private static string Describe(LineFieldType type) => type switch
    {
        LineFieldType.Number => "number (digits, a '.' for decimals)",
        LineFieldType.Integer => "whole number",
        _ => "yes/no value (true/false, 是/否, 1/0)",
    };
}
