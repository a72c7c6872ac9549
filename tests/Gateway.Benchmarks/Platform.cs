using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CarbonPlatform.Launcher;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>A platform of its own (SQLite, one instance of every service, fresh data folder and ports) for one run.</summary>
public sealed class Platform : IAsyncDisposable
{
    private readonly PlatformProcesses _processes;
    private readonly string _data;

    private Platform(PlatformProcesses processes, string data) => (_processes, _data) = (processes, data);

    public PlatformOptions Options => _processes.Options;

    /// <summary>CPU time (user + system) the process has used so far, from /proc/&lt;pid&gt;/stat.</summary>
    public bool IsRunning(string name) => _processes.ProcessId(name) is not null;

    public TimeSpan CpuTime(string name)
    {
        var pid = _processes.ProcessId(name) ?? throw new InvalidOperationException(name + " is not running");
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": state is field 3
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    public string ServiceUrl(string name) =>
        $"http://127.0.0.1:{Options.HttpPort(PlatformTopology.Services.Single(s => s.Name == name))}";

    public static async Task<Platform> StartAsync(string rabbitMq, string configuration, string environment, IReadOnlyDictionary<string, string> settings)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var data = Path.Combine(Path.GetTempPath(), "carbon-gateway-bench-" + run);
        var port = FreePortBlock();
        var options = new PlatformOptions
        {
            RepositoryRoot = RepositoryRoot(),
            DataFolder = data,
            RabbitMqUrl = rabbitMq,
            GatewayPort = port,
            BasePort = port,
            BuildConfiguration = configuration,
            // Not Development: no developer exception page and no DI scope validation on every resolve, as in a cluster;
            // not Production either, whose start-up wants the cluster's keys and secrets.
            Environment = environment,
            ExtraSettings = new Dictionary<string, string>
            {
                ["Gateway__RateLimit__PermitsPerMinute"] = "1000000",
                ["Gateway__RateLimit__AnonymousPermitsPerMinute"] = "1000000",
                ["Gateway__MaxRequestBodyBytes"] = "33554432",
                ["Logging__LogLevel__Default"] = "Warning",
            }.Concat(settings).ToDictionary(),
        };
        var processes = new PlatformProcesses(options);
        processes.StartAll();
        try { await processes.WaitReadyAsync("gateway", TimeSpan.FromMinutes(15)); }
        catch
        {
            await processes.DisposeAsync(); // no process outlives a failed start (they would consume this broker's queues)
            throw;
        }
        return new Platform(processes, data);
    }

    /// <summary>An HTTP client with the local administrator's token, whose audiences include every service and the gateway.</summary>
    public Task<HttpClient> ClientAsync(string baseUrl, string token) => Task.FromResult(new HttpClient
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromMinutes(2),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    });

    public async Task<string> AdminTokenAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Options.GatewayUrl) };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "local-admin", ["client_secret"] = "local-admin-secret",
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _processes.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } // a log still being closed: left in /tmp
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CarbonPlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    private static int FreePortBlock()
    {
        for (var candidate = 42000 + Random.Shared.Next(0, 40) * 200; candidate < 54000; candidate += 200)
            if (Enumerable.Range(0, 10).Concat(Enumerable.Range(100, 10)).Concat(Enumerable.Range(150, 10)).All(o => IsFree(candidate + o))) return candidate;
        throw new InvalidOperationException("no free block of ports on loopback");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException) { return false; }
    }
}
