using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>
/// The PromQL of the chart's dashboards (files/dashboards/*.json, every panel's targets) and alert rules
/// (files/alerts.yaml, every <c>expr</c>), and the metric names each expression reads. Shared with the end-to-end suite,
/// which checks the names against real scrapes.
/// </summary>
public static partial class MonitoringQueries
{
    public const string Dashboards = "charts/carbon-platform/files/dashboards";
    public const string Alerts = "charts/carbon-platform/files/alerts.yaml";

    /// <summary>(where, expression) for every dashboard target and alert expression under the repository root.</summary>
    public static IEnumerable<(string Where, string Expr)> All(string root)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(root, Dashboards), "*.json").Order())
        {
            var board = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var panel in board["panels"]!.AsArray())
                foreach (var target in panel!["targets"]!.AsArray())
                    yield return ($"{Path.GetFileName(file)}: {panel["title"]}", target!["expr"]!.GetValue<string>());
        }
        foreach (var (alert, expr) in AlertExpressions(File.ReadAllLines(Path.Combine(root, Alerts))))
            yield return ($"alerts.yaml: {alert}", expr);
    }

    /// <summary>The rule file's alerts and expressions (<c>expr: …</c> on one line or as a <c>|</c> block).</summary>
    public static IEnumerable<(string Alert, string Expr)> AlertExpressions(string[] lines)
    {
        string? alert = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("- alert:", StringComparison.Ordinal)) alert = line["- alert:".Length..].Trim();
            if (!line.StartsWith("expr:", StringComparison.Ordinal)) continue;
            var value = line["expr:".Length..].Trim();
            if (value == "|")
            {
                var indent = lines[i + 1].Length - lines[i + 1].TrimStart().Length;
                var block = new List<string>();
                while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1].Length - lines[i + 1].TrimStart().Length >= indent))
                    block.Add(lines[++i].Trim());
                value = string.Join(' ', block);
            }
            yield return (alert ?? "?", value);
        }
    }

    private static readonly HashSet<string> Keywords =
    [
        "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset",
        "sum", "max", "min", "avg", "count", "rate", "increase", "irate", "delta", "histogram_quantile", "topk", "bottomk",
        "abs", "clamp_min", "clamp_max", "time", "vector", "scalar", "absent", "sum_over_time", "max_over_time", "avg_over_time",
    ];

    /// <summary>The metric names an expression reads (label matchers, grouping labels, ranges and strings left out).</summary>
    public static IReadOnlySet<string> MetricNames(string expr)
    {
        var bare = Strings().Replace(expr, "\"\"");
        bare = Matchers().Replace(bare, " ");
        bare = Grouping().Replace(bare, " ");
        bare = Ranges().Replace(bare, " ");
        return Identifiers().Matches(bare).Select(m => m.Value).Where(n => !Keywords.Contains(n)).ToHashSet();
    }

    /// <summary>The name of the series a Prometheus name belongs to: a histogram's _bucket, _sum and _count are its own.</summary>
    public static string Family(string name) => HistogramSeries().Replace(name, "");

    [GeneratedRegex("\"[^\"]*\"")] private static partial Regex Strings();
    [GeneratedRegex(@"\{[^}]*\}")] private static partial Regex Matchers();
    [GeneratedRegex(@"\b(by|without|on|ignoring)\s*\([^)]*\)")] private static partial Regex Grouping();
    [GeneratedRegex(@"\[[^\]]*\]")] private static partial Regex Ranges();
    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*(?![\w(])(?!\s*\()")] private static partial Regex Identifiers();
    [GeneratedRegex("_(bucket|sum|count)$")] private static partial Regex HistogramSeries();
}
