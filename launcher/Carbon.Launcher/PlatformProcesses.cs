using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CarbonPlatform.Launcher;

/// <summary>Starts, stops and restarts the platform's processes; each writes its log under the data folder.</summary>
public sealed class PlatformProcesses(PlatformOptions options) : IAsyncDisposable
{
    private readonly Dictionary<string, Process> _running = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public PlatformOptions Options => options;
    public string LogFolder => Path.Combine(options.DataFolder, "logs");

    public void StartAll()
    {
        foreach (var spec in PlatformTopology.All) Start(spec.Name);
    }

    public void Start(string name)
    {
        var spec = PlatformTopology.All.Single(s => s.Name == name);
        var dll = Path.Combine(options.RepositoryRoot, spec.ProjectFolder, "bin", options.BuildConfiguration, "net10.0", spec.AssemblyName + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{spec.Name} is not built (dotnet build -c {options.BuildConfiguration}).", dll);
        Directory.CreateDirectory(LogFolder);
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in ServiceEnvironment.For(spec, options)) info.Environment[key] = value;
        var log = new ProcessLog(Path.Combine(LogFolder, spec.Name + ".log"));
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _running[name] = process;
    }

    /// <summary>SIGTERM first (the host drains and stops cleanly), then a kill after the grace period.</summary>
    public async Task StopAsync(string name, TimeSpan? grace = null)
    {
        if (!_running.Remove(name, out var process)) return;
        if (!process.HasExited)
        {
            _ = SignalTerminate(process.Id);
            using var timeout = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(15));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        }
        process.Dispose();
    }

    public async Task StopAllAsync() => await Task.WhenAll(_running.Keys.ToList().Select(n => StopAsync(n)));

    public IEnumerable<string> Exited() => _running.Where(p => p.Value.HasExited).Select(p => p.Key);

    /// <summary>Waits for a service's (or, for the gateway, the whole platform's) /health/ready to answer 200.</summary>
    public async Task WaitReadyAsync(string name, TimeSpan timeout, CancellationToken ct = default)
    {
        var spec = PlatformTopology.All.Single(s => s.Name == name);
        var url = $"http://127.0.0.1:{options.HttpPort(spec)}/health/ready";
        var deadline = DateTime.UtcNow + timeout;
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            var exited = Exited().ToList();
            if (exited.Count > 0)
                throw new InvalidOperationException($"{string.Join(", ", exited)} exited during start-up; see {LogFolder}.");
            try
            {
                using var response = await _http.GetAsync(url, ct);
                if (response.IsSuccessStatusCode) return;
                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
            }
            catch (HttpRequestException e) { last = e.Message; }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { last = "timed out"; }
            await Task.Delay(500, ct);
        }
        throw new TimeoutException($"{name} was not ready within {timeout.TotalSeconds:0} s (last answer: {last}); logs in {LogFolder}.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync();
        _http.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int SignalTerminate(int pid) => OperatingSystem.IsWindows() ? -1 : Kill(pid, 15);
}
