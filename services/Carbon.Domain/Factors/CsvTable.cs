namespace CarbonPlatform.Domain.Factors;

/// <summary>A small CSV table with a header row. Quoted fields are supported; a row with more
/// cells than the header folds the surplus into its last column, because free-text last columns
/// of the reference data (e.g. the grid-region status note) contain unquoted commas.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private CsvTable(string file, string[] header)
    {
        File = file;
        for (var i = 0; i < header.Length; i++) _columns[header[i].Trim()] = i;
    }

    public string File { get; }
    public List<(int LineNumber, string[] Cells)> Rows { get; } = [];

    public static CsvTable Read(TextReader reader, string file)
    {
        var header = reader.ReadLine() ?? throw new FormatException($"{file}: empty file, a header row was expected");
        var table = new CsvTable(file, Split(header.TrimStart('\uFEFF')));
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var cells = Split(line);
            if (cells.Length > table._columns.Count && table._columns.Count > 0)
            {
                var last = table._columns.Count - 1;
                cells[last] = string.Join(",", cells[last..]);
                cells = cells[..(last + 1)];
            }
            table.Rows.Add((lineNumber, cells));
        }
        return table;
    }

    public void Require(params string[] columns)
    {
        foreach (var c in columns)
            if (!_columns.ContainsKey(c)) throw new FormatException($"{File}: column '{c}' is missing");
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Cell(string[] cells, string column) =>
        _columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
