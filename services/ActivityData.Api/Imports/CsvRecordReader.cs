using System.Text;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>One CSV record: its fields and the file line it starts on (1 = the header).</summary>
public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>
/// Reads RFC 4180 CSV one record at a time from a <see cref="TextReader"/> (quoted fields, doubled quotes, line breaks
/// inside quotes, CRLF or LF). Pure: the caller owns the reader. Blank lines are skipped.
/// </summary>
public static class CsvRecordReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; field.Append(ch); }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    if (any || field.Length > 0) { fields.Add(field.ToString()); yield return new CsvRecord(start, fields.ToArray()); }
                    fields.Clear(); field.Clear(); any = false; line++; start = line;
                    break;
                default: field.Append(ch); any = true; break;
            }
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields.ToArray());
        }
    }
}
