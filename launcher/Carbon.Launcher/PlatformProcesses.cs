using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CarbonPlatform.Launcher;

/// <summary>Starts, stops and restarts the platform's processes; each writes its log under the data folder.</summary>
public sealed class PlatformProcesses(PlatformOptions options) : IAsyncDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Process> _running = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public PlatformOptions Options => options;
    public string LogFolder => Path.Combine(options.DataFolder, "logs");

    /// <summary>The operating system's id of a running process (first replica unless named <c>name-r</c>), e.g. to read its CPU time.</summary>
    public int? ProcessId(string key) => _running.TryGetValue(key, out var process) && !process.HasExited ? process.Id : null;

    /// <summary>
    /// Starts the first replica of everything; the others of a service start once its first is ready, as a cluster's
    /// pods start after the migration Job: one process migrates and seeds, none races another to do it.
    /// </summary>
    public void StartAll()
    {
        foreach (var spec in PlatformTopology.All) Start(spec, 1);
        foreach (var spec in PlatformTopology.Services.Where(s => options.ReplicasOf(s) > 1)) _ = StartOtherReplicasAsync(spec);
    }

    private async Task StartOtherReplicasAsync(ServiceSpec spec)
    {
        // Failures show where the platform's readiness is awaited: the first replica exits or never answers.
        try { await WaitReadyAsync(spec.Name, options.HttpPort(spec), DateTime.UtcNow + TimeSpan.FromMinutes(15), CancellationToken.None); }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException) { return; }
        for (var replica = 2; replica <= options.ReplicasOf(spec); replica++) Start(spec, replica);
    }

    /// <summary>Starts every replica of <paramref name="name"/>.</summary>
    public void Start(string name)
    {
        var spec = PlatformTopology.All.Single(s => s.Name == name);
        for (var replica = 1; replica <= options.ReplicasOf(spec); replica++) Start(spec, replica);
    }

    /// <summary>Starts one replica of <paramref name="name"/> again (after <see cref="Kill"/>, say).</summary>
    public void Start(string name, int replica) => Start(PlatformTopology.All.Single(s => s.Name == name), replica);

    /// <summary>SIGKILL, as a node failure or the OOM killer: no drain, no clean-up, transactions cut where they stand.</summary>
    public async Task KillAsync(string name, int replica)
    {
        if (!_running.TryRemove(Key(PlatformTopology.All.Single(s => s.Name == name), replica), out var process)) return;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static string Key(ServiceSpec spec, int replica) => replica == 1 ? spec.Name : $"{spec.Name}-{replica}";

    private void Start(ServiceSpec spec, int replica)
    {
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
        foreach (var (key, value) in ServiceEnvironment.For(spec, options, replica)) info.Environment[key] = value;
        var log = new ProcessLog(Path.Combine(LogFolder, Key(spec, replica) + ".log"));
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _running[Key(spec, replica)] = process;
    }

    /// <summary>Stops every replica of <paramref name="name"/>.</summary>
    public async Task StopAsync(string name, TimeSpan? grace = null)
    {
        var spec = PlatformTopology.All.Single(s => s.Name == name);
        await Task.WhenAll(Enumerable.Range(1, options.ReplicasOf(spec)).Select(r => StopProcessAsync(Key(spec, r), grace)));
    }

    /// <summary>SIGTERM first (the host drains and stops cleanly), then a kill after the grace period.</summary>
    private async Task StopProcessAsync(string key, TimeSpan? grace)
    {
        if (!_running.TryRemove(key, out var process)) return;
        if (!process.HasExited)
        {
            _ = SignalTerminate(process.Id);
            using var timeout = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(15));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        }
        process.Dispose();
    }

    public async Task StopAllAsync() => await Task.WhenAll(_running.Keys.ToList().Select(k => StopProcessAsync(k, null)));

    public IEnumerable<string> Exited() => _running.Where(p => p.Value.HasExited).Select(p => p.Key);

    /// <summary>
    /// Waits for every replica of a service (or, for the gateway, the whole platform: every replica of every service,
    /// then the gateway's aggregate) to answer 200 on /health/ready.
    /// </summary>
    public async Task WaitReadyAsync(string name, TimeSpan timeout, CancellationToken ct = default)
    {
        var spec = PlatformTopology.All.Single(s => s.Name == name);
        var deadline = DateTime.UtcNow + timeout;
        var services = spec == PlatformTopology.Gateway && options.Replicas > 1 ? PlatformTopology.Services : spec == PlatformTopology.Gateway ? [] : [spec];
        foreach (var service in services)
            for (var r = 1; r <= options.ReplicasOf(service); r++)
                await WaitReadyAsync(service.Name, options.HttpPort(service, r), deadline, ct);
        if (spec == PlatformTopology.Gateway) await WaitReadyAsync(name, options.HttpPort(spec), deadline, ct);
    }

    private async Task WaitReadyAsync(string name, int port, DateTime deadline, CancellationToken ct)
    {
        var url = $"http://127.0.0.1:{port}/health/ready";
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
        throw new TimeoutException($"{name} was not ready in time ({url}, last answer: {last}); logs in {LogFolder}.");
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
