using System.Diagnostics;
using System.Net.Http.Json;
using CarbonPlatform.Launcher;

namespace CarbonPlatform.Replicas.Benchmarks;

/// <summary>
/// The soak of #16: many clients, each an operator with its own park, mixing writes and the reads people wait for through
/// the gateway for a long while. Reports 5xx (the target is none), p50/p99 per route, and each process's resident memory
/// at the start and the end.
/// </summary>
public static class Soak
{
    private static readonly string[] Reads =
    [
        "/api/v1/parks/{park}",
        "/api/v1/parks/{park}/activity-records?year=2024&limit=20",
        "/api/v1/parks/{park}/ledger?year=2024&limit=50",
        "/api/v1/parks/{park}/inventories/2024?method=cers-2025&lineage=none",
        "/api/v1/park-results?year=2024&limit=20",
    ];

    public static async Task RunAsync(BenchmarkPlatform platform, BenchmarkSettings settings)
    {
        using var admin = await BatchWriters.ClientAsync(platform.GatewayUrl, "local-admin", "local-admin-secret");
        var clients = new List<(HttpClient Http, Guid Park)>();
        for (var c = 0; c < settings.Clients; c++) clients.Add(await BatchWriters.OperatorWithParkAsync(admin, platform.GatewayUrl, c));
        var before = Memory(platform.Processes);

        var timings = new Dictionary<string, List<double>>();
        var statuses = new Dictionary<string, Dictionary<int, int>>();
        var ends = DateTime.UtcNow + settings.Duration;
        await Task.WhenAll(clients.Select(async (client, c) =>
        {
            for (var n = 0; DateTime.UtcNow < ends; n++)
            {
                // One write in four: a small batch; otherwise one of the reads, in turn.
                var route = n % 4 == 0 ? "POST /api/v1/parks/{park}/activity-records" : "GET " + Reads[(n / 4 + c) % Reads.Length];
                var path = route[(route.IndexOf(' ') + 1)..].Replace("{park}", client.Park.ToString());
                var watch = Stopwatch.StartNew();
                int status;
                try
                {
                    using var response = route.StartsWith("POST", StringComparison.Ordinal)
                        ? await client.Http.PostAsJsonAsync(path, new { year = 2024, lines = new[] { new { id = $"s{c}-{n}", kind = "purchased-electricity", quantity = 10 + n % 5, unit = "MWh" } } })
                        : await client.Http.GetAsync(path);
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { status = 0; }
                lock (timings)
                {
                    (timings.TryGetValue(route, out var list) ? list : timings[route] = []).Add(watch.Elapsed.TotalMilliseconds);
                    var counts = statuses.TryGetValue(route, out var found) ? found : statuses[route] = [];
                    counts[status] = counts.GetValueOrDefault(status) + 1;
                }
            }
        }));
        var after = Memory(platform.Processes);
        foreach (var (http, _) in clients) http.Dispose();

        Console.WriteLine($"{settings.Clients} clients for {settings.Duration.TotalMinutes:0.#} min; load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("| route | requests | p50 | p99 | statuses |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var (route, list) in timings.OrderBy(t => t.Key))
        {
            list.Sort();
            double P(double q) => list[Math.Min(list.Count - 1, (int)(q * list.Count))];
            Console.WriteLine($"| `{route}` | {list.Count:N0} | {P(0.5):N0} ms | {P(0.99):N0} ms | {string.Join(", ", statuses[route].OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}"))} |");
        }
        var errors = statuses.Values.SelectMany(s => s).Where(s => s.Key is 0 or >= 500).Sum(s => s.Value);
        Console.WriteLine($"5xx or no answer: {errors}");
        Console.WriteLine("| process | resident at start | at end |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (process, start) in before.OrderBy(p => p.Key))
            Console.WriteLine($"| {process} | {start:N0} MiB | {after.GetValueOrDefault(process):N0} MiB |");
    }

    /// <summary>Resident memory (VmRSS) of every running process of the platform, in MiB.</summary>
    private static Dictionary<string, double> Memory(PlatformProcesses processes)
    {
        var memory = new Dictionary<string, double>();
        foreach (var spec in PlatformTopology.All)
            for (var replica = 1; replica <= processes.Options.ReplicasOf(spec); replica++)
            {
                var key = replica == 1 ? spec.Name : $"{spec.Name}-{replica}";
                if (processes.ProcessId(key) is not { } pid) continue;
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is not null) memory[key] = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
            }
        return memory;
    }
}
