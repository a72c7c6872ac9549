using System.Globalization;

namespace CarbonPlatform.Domain.Factors;

/// <summary>One data row of a reference-data file, with parse errors that name file and line.</summary>
internal readonly struct ReferenceRow(CsvTable table, string[] cells, int lineNumber)
{
    public string File => table.File;

    public string Text(string column)
    {
        if (!table.Has(column)) throw Error($"column '{column}' is missing");
        return table.Cell(cells, column);
    }

    public string Required(string column)
    {
        var value = Text(column);
        return value.Length > 0 ? value : throw Error($"'{column}' is empty");
    }

    public double Number(string column) => TryNumber(Required(column), out var v) ? v : throw Error($"'{column}' is not a number");

    public int Integer(string column) =>
        int.TryParse(Required(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : throw Error($"'{column}' is not an integer");

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>The status cell, split into the status word and an optional note in parentheses,
    /// e.g. <c>inferred (west in north, …)</c>. Files without a status column give
    /// <paramref name="whenAbsent"/>.</summary>
    public (string Status, string? Note) Status(string whenAbsent)
    {
        if (!table.Has("status")) return (whenAbsent, null);
        var cell = Required("status");
        var open = cell.IndexOf('(');
        if (open < 0) return (cell, null);
        return (cell[..open].Trim(), cell[(open + 1)..].TrimEnd(')').Trim());
    }

    public FormatException Error(string message) => new($"{File} line {lineNumber}: {message}");
}
