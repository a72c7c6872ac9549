using System.Net;
using System.Net.Sockets;
using CarbonPlatform.Launcher;

namespace CarbonPlatform.ActivityData.Benchmarks;

/// <summary>A platform of its own on PostgreSQL (one instance of each service, fresh databases and ports), as ./carbon up --database postgres runs it.</summary>
public sealed class PostgresPlatform : IAsyncDisposable
{
    private readonly PlatformProcesses _processes;
    private readonly string _data;

    private PostgresPlatform(PlatformProcesses processes, string data) => (_processes, _data) = (processes, data);

    public string GatewayUrl => _processes.Options.GatewayUrl;

    public static async Task<PostgresPlatform> StartAsync(string postgres, string rabbitMq)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var data = Path.Combine(Path.GetTempPath(), "carbon-bench-" + run);
        var port = FreePortBlock();
        var processes = new PlatformProcesses(new PlatformOptions
        {
            RepositoryRoot = RepositoryRoot(), DataFolder = data, RabbitMqUrl = rabbitMq, GatewayPort = port, BasePort = port,
            BuildConfiguration = "Release", Postgres = postgres, DatabasePrefix = "bench_" + run,
            ExtraSettings = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" },
        });
        processes.StartAll();
        await processes.WaitReadyAsync("gateway", TimeSpan.FromMinutes(15));
        return new PostgresPlatform(processes, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _processes.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } // logs of a process still closing: left in /tmp
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CarbonPlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }

    private static int FreePortBlock()
    {
        for (var candidate = 43000 + Random.Shared.Next(0, 20) * 200; candidate < 50000; candidate += 200)
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
