namespace CarbonPlatform.Domain.Requests;

/// <summary>How a field's value is written: text, a number, a whole number or a yes/no.</summary>
public enum LineFieldType { Text, Number, Integer, Boolean }

/// <summary>
/// One field of an activity line: its JSON name (accounting.md), its type and how to read it from a line. Values are as
/// on the wire: the kind by its name, numbers as double, whole numbers as int, null when absent.
/// </summary>
public sealed record LineField(string Name, LineFieldType Type, Func<ActivityLine, object?> Get);

/// <summary>
/// The fields of <see cref="ActivityLine"/> in one list, in the line's order: the ledger's values, the import columns, the
/// proto mapping and the baseline evaluation asks accounting about iterate it, so a new field is added here, not in each.
/// </summary>
public static class ActivityLineFields
{
    public static readonly IReadOnlyList<LineField> All =
    [
        Text("id", l => l.Id),
        new("kind", LineFieldType.Text, l => ActivityKinds.Name(l.Kind)),
        Number("quantity", l => l.Quantity),
        Text("unit", l => l.Unit),
        Text("fuel", l => l.Fuel),
        Text("direction", l => l.Direction),
        Number("ncv", l => l.Ncv),
        Number("carbonContent", l => l.CarbonContent),
        Number("oxidationRate", l => l.OxidationRate),
        new("internationalBunker", LineFieldType.Boolean, l => l.InternationalBunker),
        Text("carbonate", l => l.Carbonate),
        Number("calcinationFraction", l => l.CalcinationFraction),
        Text("product", l => l.Product),
        Number("emissionFactor", l => l.EmissionFactor),
        Text("gas", l => l.Gas),
        Text("source", l => l.Source),
        Text("instrument", l => l.Instrument),
        new("category", LineFieldType.Integer, l => l.Category),
        Text("sinkType", l => l.SinkType),
        Text("serial", l => l.Serial),
    ];

    /// <summary>The line's present fields, name and value, in the line's order.</summary>
    public static IEnumerable<(string Name, object Value)> Present(ActivityLine line)
    {
        foreach (var field in All)
            if (field.Get(line) is { } value) yield return (field.Name, value);
    }

    /// <summary>
    /// A line made at once from its fields' values in the order of <see cref="All"/> (null where absent): reading a line
    /// off the wire, for every line of a park's recompute, copies no record per field.
    /// </summary>
    public static ActivityLine FromValues(ReadOnlySpan<object?> v) => new()
    {
        Id = (string?)v[0], Kind = KindOf(v[1] as string), Quantity = (double?)v[2], Unit = (string?)v[3], Fuel = (string?)v[4],
        Direction = (string?)v[5], Ncv = (double?)v[6], CarbonContent = (double?)v[7], OxidationRate = (double?)v[8],
        InternationalBunker = (bool?)v[9], Carbonate = (string?)v[10], CalcinationFraction = (double?)v[11], Product = (string?)v[12],
        EmissionFactor = (double?)v[13], Gas = (string?)v[14], Source = (string?)v[15], Instrument = (string?)v[16],
        Category = (int?)v[17], SinkType = (string?)v[18], Serial = (string?)v[19],
    };

    // A name that is no kind reads as the first kind, as ActivityKinds.TryParse gives it: a reader checks names before.
    private static ActivityKind KindOf(string? name)
    {
        ActivityKinds.TryParse(name, out var kind);
        return kind;
    }

    private static LineField Text(string name, Func<ActivityLine, string?> get) => new(name, LineFieldType.Text, get);

    private static LineField Number(string name, Func<ActivityLine, double?> get) => new(name, LineFieldType.Number, l => get(l));
}
