using System.Text.Json.Nodes;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>
/// One line of a projected year's request and its lineage: the baseline's quantity (null for a line a measure added)
/// and every measure that changed or added it, with what it did.
/// </summary>
public sealed class ProjectedLine(JsonObject line, double? baselineQuantity)
{
    private readonly List<LineChange> changes = [];

    public JsonObject Line { get; } = line;
    public string Id => (string?)Line["id"] ?? "";
    public string Kind => (string?)Line["kind"] ?? "";
    public string? Unit => (string?)Line["unit"];
    public double? BaselineQuantity { get; } = baselineQuantity;
    public IReadOnlyList<LineChange> Changes => changes;

    public double Quantity
    {
        get => Line["quantity"]?.GetValue<double>() ?? 0;
        private set => Line["quantity"] = value;
    }

    public void Change(string measure, string effect, double quantity)
    {
        Quantity = quantity;
        changes.Add(new LineChange(measure, effect));
    }

    public static ProjectedLine Added(string measure, string effect, JsonObject line)
    {
        var added = new ProjectedLine(line, null);
        added.changes.Add(new LineChange(measure, effect));
        return added;
    }
}

/// <summary>A measure that changed a line, and how (e.g. "× 0.9000 (efficiency 10 %)").</summary>
public sealed record LineChange(string Measure, string Effect);
