using System.Text;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// The values of a recorded line in canonical JSON: every field of the line but its id (<see cref="ActivityLineFields"/>),
/// keys in ordinal order, absent fields left out, numbers in their shortest round-trip form. The same record always gives
/// the same text, which is what a ledger hash needs.
/// </summary>
public static class LineValues
{
    // The kind as stored, not as read back: a record whose kind is no kind's name must not hash as one that is, or the
    // chain's verification would miss the change.
    public static string Canonical(ActivityRecord r) => Canonical(r.ToLine(), r.Kind);

    private static string Canonical(ActivityLine line, string kind)
    {
        var fields = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in ActivityLineFields.Present(line))
            if (name != "id") fields[name] = value;
        fields["kind"] = kind;

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                switch (value)
                {
                    case double d: w.WriteNumber(name, d); break;
                    case int i: w.WriteNumber(name, i); break;
                    case bool b: w.WriteBoolean(name, b); break;
                    default: w.WriteString(name, (string)value); break;
                }
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
