using System.Text.Json.Nodes;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>The readings of an import summed per source, month and fuel, with each group's digest. Pure.</summary>
public sealed class MonthlyTotals
{
    private readonly Dictionary<(Guid Source, int Month, string? Fuel), (double Sum, ReadingDigest Digest)> _groups = new();

    public void Add(ReadingRow r)
    {
        var key = (r.SourceId, r.ReadAt.Month, r.Fuel);
        if (!_groups.TryGetValue(key, out var group)) group = (0, new ReadingDigest());
        group.Digest.Add(r.SourceId, r.ReadAt, r.Quantity);
        _groups[key] = (group.Sum + r.Quantity, group.Digest);
    }

    public int Groups => _groups.Count;

    /// <summary>The id of a source's monthly line of one import: the verification finds a group's entry by it.</summary>
    public static string LineId(Guid source, int month, string? fuel, Guid batchId) =>
        $"meter:{source:N}:{month:00}{(fuel is null ? "" : ":" + fuel)}:{batchId:N}";

    /// <summary>One activity line per group (the batch endpoint's JSON shape) and its ledger annotation, in a stable order.</summary>
    public (JsonArray Lines, List<LineAnnotation> Notes) ToLines(IReadOnlyDictionary<Guid, EmissionSource> sources, Guid batchId)
    {
        var lines = new JsonArray();
        var notes = new List<LineAnnotation>();
        foreach (var ((source, month, fuel), (sum, digest)) in _groups.OrderBy(g => g.Key.Source).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Fuel))
        {
            var s = sources[source];
            var line = new JsonObject
            {
                ["id"] = LineId(source, month, fuel, batchId), ["kind"] = s.Kind, ["quantity"] = sum, ["unit"] = s.Unit,
            };
            if (fuel is not null) line["fuel"] = fuel;
            lines.Add(line);
            notes.Add(new LineAnnotation(month, null, source.ToString("D"), digest.ToString()));
        }
        return (lines, notes);
    }
}
