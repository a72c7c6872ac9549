using CarbonPlatform.Gateway.Benchmarks;

// Starts a platform of its own (built with -c Release; SQLite, one instance of every service) and measures, in one run:
// the gateway against park-registry directly on a small GET, and a 10,000-line calculation through the gateway against
// the same work in process; the portal's dashboard of a park with 10,000 lines.
//   dotnet run -c Release --project tests/Gateway.Benchmarks -- --rabbitmq amqp://user:pass@127.0.0.1:5672/ \
//     [--gets 300] [--calculations 30] [--loads 30] [--lines 10000] [--only gateway|calculation|dashboard] [--settle 45] [--environment Staging] [--setting Name=value]…
string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString()), System.Globalization.CultureInfo.InvariantCulture);
var only = Value("--only", "");

await using var platform = await Platform.StartAsync(
    Value("--rabbitmq", Environment.GetEnvironmentVariable("CARBON_RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/"),
    Value("--configuration", "Release"),
    Value("--environment", "Staging"),
    // --setting Gateway__RememberValidatedTokens=false: a variant of the platform, to measure what one piece costs
    args.Select((a, i) => (a, i)).Where(x => x.a == "--setting" && x.i + 1 < args.Length)
        .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]));
var token = await platform.AdminTokenAsync();
// The platform's own start-up (JIT, migrations, seeding, first consumers) loads the machine for a while: let it settle so
// the figures are the request's, not the start-up's (--settle 0 to skip).
var settle = TimeSpan.FromSeconds(Number("--settle", 45));
Console.WriteLine($"settling {settle.TotalSeconds:N0} s after start-up (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
await Task.Delay(settle);
// What the platform spends with no request at all: every request of the runs below shares the two cores with it.
var names = CarbonPlatform.Launcher.PlatformTopology.All.Select(s => s.Name).Where(n => platform.IsRunning(n)).ToList();
var before = names.ToDictionary(n => n, platform.CpuTime);
var idle = System.Diagnostics.Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(10));
Console.WriteLine("idle CPU per process (ms per second, 10 s without requests): " +
                  string.Join(", ", names.Select(n => $"{n} {(platform.CpuTime(n) - before[n]).TotalMilliseconds / idle.Elapsed.TotalSeconds:N0}")));
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
if (only is "" or "gateway") await GatewayCost.RunAsync(platform, token, Number("--gets", 300));
if (only is "" or "calculation") await CalculationLatency.RunAsync(platform, token, Number("--calculations", 30), Number("--lines", 10_000));
if (only is "" or "dashboard") await DashboardLatency.RunAsync(platform, token, Number("--loads", 30), Number("--lines", 10_000));
Console.WriteLine($"load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
