using System.Globalization;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>Where each field of a reading is in the file's rows: from its header (Chinese or English names).</summary>
public sealed record ReadingColumns(int Source, int ReadAt, int Quantity, int Fuel)
{
    public static readonly (string Field, string Chinese, bool Required)[] All =
        [("sourceId", "排放源编号", true), ("readAt", "读数时间", true), ("quantity", "数量", true), ("fuel", "燃料", false)];

    public static string Template() => "排放源编号,读数时间,数量,燃料\r\n";

    /// <summary>The columns, or the problems of the header.</summary>
    public static (ReadingColumns? Columns, List<string> Problems) Read(string[] header)
    {
        var problems = new List<string>();
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var column = All.FirstOrDefault(c => c.Field == name || c.Chinese == name);
            if (column.Field is null) problems.Add($"'{name}' is not a column of meter readings ({string.Join(", ", All.Select(c => $"{c.Chinese}/{c.Field}"))}).");
            else if (!index.TryAdd(column.Field, i)) problems.Add($"'{name}' names the {column.Field} column twice.");
        }
        foreach (var missing in All.Where(c => c.Required && !index.ContainsKey(c.Field)))
            problems.Add($"The column {missing.Chinese} ({missing.Field}) is required.");
        return problems.Count > 0 ? (null, problems)
            : (new ReadingColumns(index["sourceId"], index["readAt"], index["quantity"], index.GetValueOrDefault("fuel", -1)), problems);
    }
}

/// <summary>One reading as the file gives it, or what is wrong with it. Pure.</summary>
public readonly record struct ReadingRow(Guid SourceId, DateTime ReadAt, double Quantity, string? Fuel)
{
    /// <summary>The stored column's length: a longer value is no fuel code and would not fit.</summary>
    public const int MaxFuelLength = 60;

    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/M/d H:mm"];

    /// <summary>The reading, or (column, code, message) of the first problem of the row.</summary>
    public static (ReadingRow Row, (string Column, string Code, string Message)? Problem) Parse(string[] cells, ReadingColumns c)
    {
        string Cell(int i) => i >= 0 && i < cells.Length ? cells[i].Trim() : "";
        if (!Guid.TryParse(Cell(c.Source), out var source))
            return (default, ("sourceId", "unknown-source", $"'{Cell(c.Source)}' is not the id of an emission source of the park."));
        if (!TryParseTime(Cell(c.ReadAt), out var at))
            return (default, ("readAt", "invalid-time", $"'{Cell(c.ReadAt)}' is not a time such as 2024-03-05 14:15:00."));
        if (!double.TryParse(Cell(c.Quantity), NumberStyles.Float, CultureInfo.InvariantCulture, out var quantity) || !double.IsFinite(quantity))
            return (default, ("quantity", "invalid-number", $"'{Cell(c.Quantity)}' is not a number (digits, a '.' for decimals)."));
        if (quantity < 0) return (default, ("quantity", "negative-quantity", "A reading is the quantity used in its interval: it is not negative."));
        var fuel = Cell(c.Fuel);
        if (fuel.Length > MaxFuelLength) return (default, ("fuel", "unknown-fuel", $"'{fuel[..20]}…' is not a fuel code (at most {MaxFuelLength} characters)."));
        return (new ReadingRow(source, at, quantity, fuel.Length == 0 ? null : fuel), null);
    }

    /// <summary>"yyyy-MM-dd HH:mm:ss" (what meter systems export) read by position; any other accepted form the slow way.</summary>
    private static bool TryParseTime(string text, out DateTime at)
    {
        if (text.Length == 19 && text[4] == '-' && text[7] == '-' && text[10] is ' ' or 'T' && text[13] == ':' && text[16] == ':'
            && Digits(text, 0, 4, out var y) && Digits(text, 5, 2, out var mo) && Digits(text, 8, 2, out var d)
            && Digits(text, 11, 2, out var h) && Digits(text, 14, 2, out var mi) && Digits(text, 17, 2, out var s)
            && y >= 1 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) && h < 24 && mi < 60 && s < 60)
        {
            at = new DateTime(y, mo, d, h, mi, s);
            return true;
        }
        return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
