using System.Text.Json.Nodes;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>The charts under charts/ and their values, merged as Helm merges a values file over a chart's defaults.</summary>
public static class Charts
{
    public const string Platform = "charts/carbon-platform";
    public const string Library = "charts/carbon-lib";
    public const string DevInfra = "charts/carbon-dev-infra";

    /// <summary>Every chart folder (one with a Chart.yaml) under charts/, as repository-relative paths.</summary>
    public static IReadOnlyList<string> All { get; } = Directory.GetDirectories(Repo.PathOf("charts"))
        .Where(d => File.Exists(Path.Combine(d, "Chart.yaml")))
        .Select(Repo.Relative).Order(StringComparer.Ordinal).ToList();

    public static JsonObject ChartYaml(string chart) => Yaml($"{chart}/Chart.yaml") as JsonObject
        ?? throw new InvalidDataException(chart + "/Chart.yaml is not a mapping");

    /// <summary>values.yaml of a chart; an empty file (or one holding only comments) is an empty object.</summary>
    public static JsonObject DefaultValues(string chart) => Yaml($"{chart}/values.yaml") as JsonObject ?? [];

    /// <summary>The profile files beside values.yaml (values-*.yaml).</summary>
    public static IReadOnlyList<string> ProfileFiles(string chart) => Directory.GetFiles(Repo.PathOf(chart), "values-*.yaml")
        .Select(Repo.Relative).Order(StringComparer.Ordinal).ToList();

    public static JsonObject ValuesWith(string chart, string profileFile)
    {
        var merged = DefaultValues(chart);
        Merge(merged, Yaml(profileFile) as JsonObject ?? []);
        return merged;
    }

    public static JsonNode? Yaml(string relativePath) => YamlJson.ParseSingle(Repo.Read(relativePath), relativePath);

    /// <summary>Helm's coalescing: maps merge key by key, anything else replaces, null deletes the key.</summary>
    public static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay)
        {
            if (value is null) target.Remove(key);
            else if (value is JsonObject o && target[key] is JsonObject t) Merge(t, o);
            else target[key] = value.DeepClone();
        }
    }

    public static JsonObject Components(JsonObject values) => (JsonObject)values["components"]!;

    public static JsonObject Component(string name) =>
        Components(DefaultValues(Platform))[name] as JsonObject ?? throw new KeyNotFoundException("components." + name);

    /// <summary>The value at a dotted path, or null (and found=false) where a segment is missing.</summary>
    public static bool TryGet(JsonNode? node, IEnumerable<string> path, out JsonNode? value)
    {
        value = node;
        foreach (var segment in path)
        {
            if (value is JsonObject o && o.TryGetPropertyValue(segment, out var next)) value = next;
            else { value = null; return false; }
        }
        return true;
    }

    public static string Str(JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidDataException("expected a string");

    public static bool Bool(JsonNode? node, string path) =>
        TryGet(node, path.Split('.'), out var v) && v is JsonValue j && j.TryGetValue<bool>(out var b) ? b
            : throw new InvalidDataException("expected a boolean at " + path);

    public static int? Int(JsonNode? node, string path)
    {
        if (!TryGet(node, path.Split('.'), out var v) || v is null) return null;
        var j = (JsonValue)v;
        if (j.TryGetValue<int>(out var i)) return i;
        if (j.TryGetValue<long>(out var l)) return checked((int)l);
        if (j.TryGetValue<double>(out var d) && d % 1 == 0) return (int)d;
        throw new InvalidDataException($"expected an integer at {path}: {v.ToJsonString()}");
    }
}
