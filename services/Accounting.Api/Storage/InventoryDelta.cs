using System.Text.Encodings.Web;
using System.Text.Json;

namespace CarbonPlatform.Accounting.Storage;

/// <summary>
/// What an older version's text differs in from the next version's: its head and tail where they differ, its number
/// of lines, and the lines that differ by position. New data mostly appends lines, so a delta is a few lines and the
/// totals, however long the inventory.
/// </summary>
public sealed record InventoryDelta(string? Head, string? Tail, int Count, IReadOnlyDictionary<int, string> Lines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static InventoryDelta Between(InventoryText older, InventoryText newer)
    {
        var lines = new SortedDictionary<int, string>();
        for (var i = 0; i < older.Lines.Count; i++)
            if (i >= newer.Lines.Count || !string.Equals(older.Lines[i], newer.Lines[i], StringComparison.Ordinal)) lines[i] = older.Lines[i];
        return new InventoryDelta(older.Head == newer.Head ? null : older.Head, older.Tail == newer.Tail ? null : older.Tail,
            older.Lines.Count, lines);
    }

    /// <summary>The older version's text, from the next version's.</summary>
    public InventoryText ApplyTo(InventoryText newer)
    {
        var lines = new string[Count];
        for (var i = 0; i < Count; i++)
            lines[i] = Lines.TryGetValue(i, out var changed) ? changed
                : i < newer.Lines.Count ? newer.Lines[i] : throw new FormatException($"An inventory delta lacks line {i}.");
        return new InventoryText(Head ?? newer.Head, lines, Tail ?? newer.Tail);
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static InventoryDelta Parse(string json) =>
        JsonSerializer.Deserialize<InventoryDelta>(json, Json) ?? throw new FormatException("An inventory delta is empty.");
}
