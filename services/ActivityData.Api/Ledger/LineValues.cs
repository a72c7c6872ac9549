using System.Text;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// The values of a recorded line in canonical JSON: keys in ordinal order, absent fields left out, numbers in their
/// shortest round-trip form. The same record always gives the same text, which is what a ledger hash needs.
/// </summary>
public static class LineValues
{
    public static string Canonical(ActivityRecord r)
    {
        var fields = new SortedDictionary<string, object>(StringComparer.Ordinal);
        void Add(string name, object? value) { if (value is not null) fields[name] = value; }
        Add("calcinationFraction", r.CalcinationFraction); Add("carbonContent", r.CarbonContent); Add("carbonate", r.Carbonate);
        Add("category", r.Category); Add("direction", r.Direction); Add("emissionFactor", r.EmissionFactor); Add("fuel", r.Fuel);
        Add("gas", r.Gas); Add("instrument", r.Instrument); Add("internationalBunker", r.InternationalBunker); Add("kind", r.Kind);
        Add("ncv", r.Ncv); Add("oxidationRate", r.OxidationRate); Add("product", r.Product); Add("quantity", r.Quantity);
        Add("serial", r.Serial); Add("sinkType", r.SinkType); Add("source", r.Source); Add("unit", r.Unit);

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
