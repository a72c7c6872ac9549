using System.Text.Json;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>The NCV each fuel line of the baseline was calculated with, from the result's lineage (measured or default).</summary>
public static class BaselineNcv
{
    public static IReadOnlyDictionary<string, double> Read(JsonElement inventory)
    {
        var ncv = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!inventory.TryGetProperty("lines", out var lines) || lines.ValueKind != JsonValueKind.Array) return ncv;
        foreach (var line in lines.EnumerateArray())
        {
            if (!line.TryGetProperty("id", out var id) || !line.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array) continue;
            foreach (var input in inputs.EnumerateArray())
                if (input.TryGetProperty("name", out var name) && name.GetString() == "ncv" && input.TryGetProperty("value", out var value))
                    ncv[id.GetString()!] = value.GetDouble();
        }
        return ncv;
    }
}
