using System.Net;
using System.Net.Sockets;
using CarbonPlatform.Launcher;

namespace CarbonPlatform.Replicas.Benchmarks;

public sealed record BenchmarkSettings(string? Postgres, string RabbitMq, TimeSpan Duration, int Clients, int LinesPerBatch, string Configuration);

/// <summary>A whole platform of its own (fresh databases, data folder and ports) for one measurement.</summary>
public sealed class BenchmarkPlatform : IAsyncDisposable
{
    private readonly PlatformProcesses _processes;
    private readonly string _data;

    private BenchmarkPlatform(PlatformProcesses processes, string data)
    {
        _processes = processes;
        _data = data;
    }

    public string GatewayUrl => _processes.Options.GatewayUrl;
    public string DataFolder => _data;
    public PlatformProcesses Processes => _processes;

    public static async Task<BenchmarkPlatform> StartAsync(BenchmarkSettings settings, int replicas)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var data = Path.Combine(Path.GetTempPath(), "carbon-bench-" + run);
        var port = FreePortBlock(replicas);
        var options = new PlatformOptions
        {
            RepositoryRoot = RepositoryRoot(),
            DataFolder = data,
            RabbitMqUrl = settings.RabbitMq,
            GatewayPort = port,
            BasePort = port,
            BuildConfiguration = settings.Configuration,
            Replicas = replicas,
            Postgres = settings.Postgres,
            DatabasePrefix = "bench_" + run,
            ExtraSettings = new Dictionary<string, string>
            {
                ["Gateway__RateLimit__PermitsPerMinute"] = "1000000",
                ["Gateway__RateLimit__AnonymousPermitsPerMinute"] = "1000000",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var processes = new PlatformProcesses(options);
        processes.StartAll();
        await processes.WaitReadyAsync("gateway", TimeSpan.FromMinutes(15));
        return new BenchmarkPlatform(processes, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _processes.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } // logs of a process still closing: left in /tmp
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CarbonPlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    private static int FreePortBlock(int replicas)
    {
        for (var candidate = 30000 + Random.Shared.Next(0, 40) * 200; candidate < 42000; candidate += 200)
            if (Enumerable.Range(0, 10 * replicas).Concat(Enumerable.Range(100, 10 * replicas)).All(o => IsFree(candidate + o))) return candidate;
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
