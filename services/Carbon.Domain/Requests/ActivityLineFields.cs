namespace CarbonPlatform.Domain.Requests;

/// <summary>How a field's value is written: text, a number, a whole number or a yes/no.</summary>
public enum LineFieldType { Text, Number, Integer, Boolean }

/// <summary>
/// One field of an activity line: its JSON name (accounting.md), its type, how to read it from a line and how to give it
/// to one. Values are as on the wire: the kind by its name, numbers as double, whole numbers as int, null when absent.
/// </summary>
public sealed record LineField(string Name, LineFieldType Type, Func<ActivityLine, object?> Get, Func<ActivityLine, object?, ActivityLine> With);

/// <summary>
/// The fields of <see cref="ActivityLine"/> in one list, in the line's order: the ledger's values, the import columns, the
/// proto mapping and the baseline evaluation asks accounting about iterate it, so a new field is added here, not in each.
/// </summary>
public static class ActivityLineFields
{
    public static readonly IReadOnlyList<LineField> All =
    [
        Text("id", l => l.Id, (l, v) => l with { Id = v }),
        new("kind", LineFieldType.Text, l => ActivityKinds.Name(l.Kind), (l, v) => l with { Kind = KindOf(v as string) }),
        Number("quantity", l => l.Quantity, (l, v) => l with { Quantity = v }),
        Text("unit", l => l.Unit, (l, v) => l with { Unit = v }),
        Text("fuel", l => l.Fuel, (l, v) => l with { Fuel = v }),
        Text("direction", l => l.Direction, (l, v) => l with { Direction = v }),
        Number("ncv", l => l.Ncv, (l, v) => l with { Ncv = v }),
        Number("carbonContent", l => l.CarbonContent, (l, v) => l with { CarbonContent = v }),
        Number("oxidationRate", l => l.OxidationRate, (l, v) => l with { OxidationRate = v }),
        new("internationalBunker", LineFieldType.Boolean, l => l.InternationalBunker, (l, v) => l with { InternationalBunker = (bool?)v }),
        Text("carbonate", l => l.Carbonate, (l, v) => l with { Carbonate = v }),
        Number("calcinationFraction", l => l.CalcinationFraction, (l, v) => l with { CalcinationFraction = v }),
        Text("product", l => l.Product, (l, v) => l with { Product = v }),
        Number("emissionFactor", l => l.EmissionFactor, (l, v) => l with { EmissionFactor = v }),
        Text("gas", l => l.Gas, (l, v) => l with { Gas = v }),
        Text("source", l => l.Source, (l, v) => l with { Source = v }),
        Text("instrument", l => l.Instrument, (l, v) => l with { Instrument = v }),
        new("category", LineFieldType.Integer, l => l.Category, (l, v) => l with { Category = (int?)v }),
        Text("sinkType", l => l.SinkType, (l, v) => l with { SinkType = v }),
        Text("serial", l => l.Serial, (l, v) => l with { Serial = v }),
    ];

    /// <summary>The line's present fields, name and value, in the line's order.</summary>
    public static IEnumerable<(string Name, object Value)> Present(ActivityLine line)
    {
        foreach (var field in All)
            if (field.Get(line) is { } value) yield return (field.Name, value);
    }

    // A name that is no kind reads as the first kind, as ActivityKinds.TryParse gives it: a reader checks names before.
    private static ActivityKind KindOf(string? name)
    {
        ActivityKinds.TryParse(name, out var kind);
        return kind;
    }

    private static LineField Text(string name, Func<ActivityLine, string?> get, Func<ActivityLine, string?, ActivityLine> with) =>
        new(name, LineFieldType.Text, get, (l, v) => with(l, (string?)v));

    private static LineField Number(string name, Func<ActivityLine, double?> get, Func<ActivityLine, double?, ActivityLine> with) =>
        new(name, LineFieldType.Number, l => get(l), (l, v) => with(l, (double?)v));
}
