using System.Text.RegularExpressions;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>
/// The Prometheus names of the platform's own instruments, read from the code that creates them (services/, gateway/),
/// named as the OpenTelemetry Prometheus exporter names them: dots become underscores, the unit is appended
/// (s: _seconds, By: _bytes, {annotations}: nothing) and a counter ends in _total.
/// </summary>
public static partial class PlatformMetricNames
{
    /// <summary>The standard instruments the dashboards and alerts read (ASP.NET Core, HttpClient, runtime); the end-to-end suite finds each on a scrape.</summary>
    public static readonly IReadOnlySet<string> Standard = new HashSet<string>
    {
        "http_server_request_duration_seconds",
        "http_client_request_duration_seconds",
        "dotnet_process_memory_working_set_bytes",
        "dotnet_process_cpu_time_seconds_total",
    };

    public static IReadOnlyDictionary<string, string> FromCode(string root)
    {
        var names = new Dictionary<string, string>();
        foreach (var folder in new[] { "services", "gateway" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
                var text = File.ReadAllText(file);
                foreach (Match call in Creation().Matches(text))
                {
                    var kind = call.Groups["kind"].Value;
                    var name = call.Groups["name"].Value;
                    var rest = call.Groups["rest"].Value;
                    var unit = NamedUnit().Match(rest) is { Success: true } named ? named.Groups[1].Value
                        : PositionalUnit().Match(rest) is { Success: true } positional && kind is "Counter" or "Histogram" or "UpDownCounter" ? positional.Groups[1].Value
                        : "";
                    names[Prometheus(name, unit, kind is "Counter" or "ObservableCounter")] = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                }
                // ServiceDefaults' ServiceCounter: a counter created with its name and unit by the class that holds it.
                foreach (Match counter in ServiceCounterCreation().Matches(text))
                    names[Prometheus(counter.Groups["name"].Value, counter.Groups["unit"].Value, counter: true)] =
                        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            }
        return names;
    }

    public static string Prometheus(string name, string unit, bool counter)
    {
        var suffix = unit switch { "s" => "_seconds", "ms" => "_milliseconds", "By" => "_bytes", _ => "" };
        var prometheus = name.Replace('.', '_') + suffix;
        return counter ? prometheus + "_total" : prometheus;
    }

    [GeneratedRegex(@"Create(?<kind>Counter|Histogram|UpDownCounter|ObservableGauge|ObservableCounter|Gauge)(<\w+>)?\(\s*""(?<name>carbon\.[^""]+)""(?<rest>[^;]*);", RegexOptions.Singleline)]
    private static partial Regex Creation();
    [GeneratedRegex(@"(?:ServiceCounter\s+\w+\s*=\s*new|new\s+ServiceCounter)\(\s*\w+\s*,\s*\w+\s*,\s*""(?<name>carbon\.[^""]+)""\s*,\s*""(?<unit>[^""]*)""", RegexOptions.Singleline)]
    private static partial Regex ServiceCounterCreation();
    [GeneratedRegex(@"unit:\s*""([^""]*)""")] private static partial Regex NamedUnit();
    [GeneratedRegex(@"^\s*,\s*""([^""]*)""")] private static partial Regex PositionalUnit();
}
