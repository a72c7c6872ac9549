using System.Text;

namespace CarbonPlatform.BuildingBlocks.Spreadsheets;

/// <summary>
/// Cells for CSV files that people open in spreadsheets. A cell starting with = + - @, a tab or a carriage return
/// could run as a formula (CSV injection), so it gets a leading single quote; then RFC 4180 quoting. Pure.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];

    public static string Neutralise(string value) =>
        value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;

    public static string Cell(string? value)
    {
        if (value is null) return "";
        var safe = Neutralise(value);
        return safe.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    /// <summary>A number as data: invariant culture, never quoted, so a negative figure is not mistaken for a formula.</summary>
    public static string Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Row(IEnumerable<string> cells)
    {
        var sb = new StringBuilder();
        foreach (var c in cells)
        {
            if (sb.Length > 0) sb.Append(',');
            sb.Append(c);
        }
        return sb.Append("\r\n").ToString();
    }
}
