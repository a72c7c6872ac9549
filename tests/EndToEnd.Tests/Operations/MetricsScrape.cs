using System.Globalization;
using System.Text.RegularExpressions;

namespace CarbonPlatform.EndToEnd.Tests.Operations;

/// <summary>One sample of a Prometheus text scrape: name, labels, value.</summary>
public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>A /metrics answer, parsed (the text format: <c>name{label="value",…} value</c>, comments skipped).</summary>
public sealed partial class MetricsScrape(string service, string text)
{
    public string Service => service;
    public string Text => text;

    public IReadOnlyList<Sample> Samples { get; } = text.Split('\n')
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(Parse).ToList();

    public IEnumerable<Sample> Of(string name, params (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value));

    /// <summary>The sum over the series of <paramref name="name"/> with those labels; fails when there is none.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels)
    {
        var found = Of(name, labels).ToList();
        if (found.Count == 0) throw new Xunit.Sdk.XunitException($"{service}: no series {name} {string.Join(',', labels)} on /metrics");
        return found.Sum(s => s.Value);
    }

    private static Sample Parse(string line)
    {
        var m = Line().Match(line);
        if (!m.Success) throw new FormatException("not a sample: " + line);
        var labels = Label().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value);
        var raw = m.Groups["value"].Value;
        var value = raw switch { "+Inf" => double.PositiveInfinity, "-Inf" => double.NegativeInfinity, "NaN" => double.NaN, _ => double.Parse(raw, CultureInfo.InvariantCulture) };
        return new Sample(m.Groups["name"].Value, labels, value);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")] private static partial Regex Line();
    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")] private static partial Regex Label();
}
