using CarbonPlatform.Replicas.Benchmarks;

// Starts the platform itself (built with -c Release), once with 1 and once with 2 replicas of every service:
//   dotnet run -c Release --project tests/Replicas.Benchmarks -- --postgres "Host=127.0.0.1;Port=5433;Username=postgres" \
//     --rabbitmq amqp://guest:guest@127.0.0.1:5672/ [--seconds 20] [--clients 8] [--lines 20]
// The soak of #16 (one platform, mixed reads and writes, 5xx, p50/p99 per route, resident memory):
//   ... -- --soak [--replicas 2] [--seconds 600] [--clients 50]
// The storage storm of #16 (20 writers, one park, one-line batches, on SQLite files; accounting's database size after):
//   ... -- --storm [--seconds 30] [--clients 20]
string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString()), System.Globalization.CultureInfo.InvariantCulture);
var soak = args.Contains("--soak");
var storm = args.Contains("--storm");
var settings = new BenchmarkSettings(
    Postgres: storm ? null : Value("--postgres", "Host=127.0.0.1;Port=5433;Username=postgres"),
    RabbitMq: Value("--rabbitmq", Environment.GetEnvironmentVariable("CARBON_RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/"),
    Duration: TimeSpan.FromSeconds(Number("--seconds", soak ? 600 : storm ? 30 : 20)),
    Clients: Number("--clients", soak ? 50 : storm ? 20 : 8),
    LinesPerBatch: Number("--lines", 20),
    Configuration: Value("--configuration", "Release"));
if (storm)
{
    await using var stormed = await BenchmarkPlatform.StartAsync(settings, 1);
    await Storm.RunAsync(stormed, settings);
    return;
}
if (soak)
{
    await using var soaked = await BenchmarkPlatform.StartAsync(settings, Number("--replicas", 2));
    await Soak.RunAsync(soaked, settings);
    return;
}

Console.WriteLine($"{settings.Clients} clients, each writing batches of {settings.LinesPerBatch} lines to its own park for {settings.Duration.TotalSeconds:0} s, through the gateway");
Console.WriteLine("| replicas | batches | batches/s | p50 | p95 | p99 | not 2xx |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
var results = new List<WriteResult>();
foreach (var replicas in new[] { 1, 2 })
{
    await using var platform = await BenchmarkPlatform.StartAsync(settings, replicas);
    var result = await BatchWriters.RunAsync(platform, settings);
    results.Add(result);
    Console.WriteLine(result.Row(replicas));
}
Console.WriteLine($"throughput, 2 replicas / 1 replica: {results[1].PerSecond / results[0].PerSecond:N2}");
