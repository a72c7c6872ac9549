using System.Text.Json;

namespace CarbonPlatform.Accounting.Dashboard;

/// <summary>Where a page of an inventory's lines ended: the version it reads, the sort, the last line's sort value and id.</summary>
public sealed record InventoryLineKey(int Version, string Sort, bool Descending, double? Number, string? Text, string Id);

/// <summary>
/// An inventory version's lines sorted and cut into pages (keyset on sort value, then line id, unique in an inventory).
/// A version never changes, so every page of one listing reads the version its first page read. Pure.
/// </summary>
public static class InventoryLinePages
{
    public static readonly string[] Sorts = ["co2e", "id", "kind", "scope"];

    /// <summary>A line's place in the stored array and what it sorts by.</summary>
    public sealed record LineRef(int Index, string Id, string Kind, int? Scope, double Co2e);

    public static List<LineRef> Refs(JsonElement lines) => [.. lines.EnumerateArray().Select((l, i) => new LineRef(i, l.GetProperty("id").GetString()!,
        l.GetProperty("kind").GetString()!, l.TryGetProperty("scope", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
        l.GetProperty("co2e").GetDouble()))];

    /// <summary>Up to <paramref name="fetch"/> lines after <paramref name="after"/> in the order asked for.</summary>
    public static List<LineRef> Page(IEnumerable<LineRef> lines, string sort, bool descending, InventoryLineKey? after, int fetch)
    {
        var ordered = lines.Order(Comparer(sort, descending));
        var key = after is null ? null : new LineRef(-1, after.Id, after.Text ?? "", after.Number is { } n ? (int)n : null, after.Number ?? 0);
        var comparer = Comparer(sort, descending);
        return [.. (key is null ? ordered : ordered.Where(l => comparer.Compare(l, key) > 0)).Take(fetch)];
    }

    public static InventoryLineKey KeyOf(LineRef line, int version, string sort, bool descending) => sort switch
    {
        "co2e" => new(version, sort, descending, line.Co2e, null, line.Id),
        "scope" => new(version, sort, descending, line.Scope, null, line.Id),
        "kind" => new(version, sort, descending, null, line.Kind, line.Id),
        _ => new(version, sort, descending, null, null, line.Id),
    };

    /// <summary>The sort value in the direction asked for, lines without a scope last either way, then the id ascending.</summary>
    private static Comparer<LineRef> Comparer(string sort, bool descending) => Comparer<LineRef>.Create((a, b) =>
    {
        var order = sort switch
        {
            "co2e" => a.Co2e.CompareTo(b.Co2e),
            "kind" => string.CompareOrdinal(a.Kind, b.Kind),
            "scope" when a.Scope is null || b.Scope is null => 0,
            "scope" => a.Scope!.Value.CompareTo(b.Scope!.Value),
            _ => 0,
        };
        if (descending) order = -order;
        if (order == 0 && sort == "scope" && (a.Scope is null) != (b.Scope is null)) order = a.Scope is null ? 1 : -1;
        if (order == 0 && sort == "id" && descending) return string.CompareOrdinal(b.Id, a.Id);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    });
}
