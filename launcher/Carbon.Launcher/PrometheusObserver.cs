using System.Diagnostics;
using System.Text;

namespace CarbonPlatform.Launcher;

/// <summary>
/// <c>./carbon up --observe</c>: Debian's Prometheus on 127.0.0.1, scraping every process's /metrics and evaluating the
/// chart's alert rules (charts/carbon-platform/files/alerts.yaml), its data under the data folder.
/// </summary>
public sealed class PrometheusObserver(PlatformOptions options, string prometheus, int port) : IAsyncDisposable
{
    private Process? _process;

    public string Url => $"http://127.0.0.1:{port}";

    /// <summary>The scrape configuration: one job per process, labelled service=&lt;name&gt;, as the chart's PodMonitor labels them.</summary>
    public static string Configuration(PlatformOptions o, string rulesFile)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("global:\n  scrape_interval: 15s\n  evaluation_interval: 15s");
        yaml.AppendLine($"rule_files:\n  - {rulesFile}");
        yaml.AppendLine("scrape_configs:");
        foreach (var spec in PlatformTopology.All)
        {
            yaml.AppendLine($"  - job_name: {spec.Name}\n    honor_labels: true");
            var targets = string.Join(", ", Enumerable.Range(1, o.ReplicasOf(spec)).Select(r => $"'127.0.0.1:{o.MetricsPort(spec, r)}'"));
            yaml.AppendLine($"    static_configs:\n      - targets: [{targets}]\n        labels:\n          service: {spec.Name}");
        }
        return yaml.ToString();
    }

    public void Start(string logFolder)
    {
        var folder = Path.Combine(options.DataFolder, "prometheus");
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "prometheus.yml");
        File.WriteAllText(config, Configuration(options, Path.Combine(options.RepositoryRoot, "charts", "carbon-platform", "files", "alerts.yaml")));
        var info = new ProcessStartInfo(prometheus,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}", $"--web.listen-address=127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder,
        };
        var log = new ProcessLog(Path.Combine(logFolder, "prometheus.log"));
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => log.Write(e.Data);
        _process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
