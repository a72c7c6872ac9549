using System.Runtime.InteropServices;
using CarbonPlatform.Launcher;

// carbon-launcher up --root DIR [--data DIR] [--gateway-port N] [--rabbitmq URL] [--configuration Release]
//                     [--replicas N] [--postgres "Host=127.0.0.1;Port=5433;Username=postgres"] [--prometheus PATH [--prometheus-port N]]
//                     [--rabbitmq-management http://127.0.0.1:15672/] [--mqtt-port 1883] (the broker's management API and MQTT listener: devices)
//                     [--webhook-receiver-port N]...  (a webhook receiver of yours on 127.0.0.1:N; no other loopback port is reachable)
var arguments = LauncherArguments.Parse(args);
var options = new PlatformOptions
{
    RepositoryRoot = arguments.Root,
    DataFolder = arguments.Data,
    RabbitMqUrl = arguments.RabbitMq,
    GatewayPort = arguments.GatewayPort,
    BuildConfiguration = arguments.Configuration,
    Replicas = arguments.Replicas,
    Postgres = arguments.Postgres,
    WebhookReceiverPorts = arguments.WebhookReceiverPorts,
    RabbitMqManagementUrl = arguments.RabbitMqManagement,
    MqttPort = arguments.MqttPort,
};

await using var platform = new PlatformProcesses(options);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });

var database = options.Postgres is null ? "SQLite files" : $"PostgreSQL {options.Postgres}, databases {options.DatabasePrefix}_*";
Console.WriteLine($"Starting CarbonPlatform (data in {options.DataFolder}, broker {options.RabbitMqUrl}, {database}, {options.Replicas} replica(s) of each service)");
foreach (var spec in PlatformTopology.All)
    for (var r = 1; r <= options.ReplicasOf(spec); r++)
    {
        var grpc = spec.ServesGrpc ? $", gRPC http://127.0.0.1:{options.GrpcPort(spec, r)}" : "";
        Console.WriteLine($"  {(r == 1 ? spec.Name : $"{spec.Name} #{r}"),-19} http://127.0.0.1:{options.HttpPort(spec, r)}{grpc}, metrics http://127.0.0.1:{options.MetricsPort(spec, r)}/metrics");
    }
platform.StartAll();
await using var observer = arguments.Prometheus is { } prometheus ? new PrometheusObserver(options, prometheus, arguments.PrometheusPort) : null;
if (observer is not null)
{
    observer.Start(platform.LogFolder);
    Console.WriteLine($"Prometheus {observer.Url} scrapes every process and evaluates charts/carbon-platform/files/alerts.yaml (queries: docs/operations.md)");
}
try
{
    await platform.WaitReadyAsync("gateway", TimeSpan.FromSeconds(180), stop.Token);
    var seeder = new DemoSeeder(options.GatewayUrl, options.DataFolder);
    var demo = await seeder.SeedOnceAsync(stop.Token);
    Console.WriteLine();
    Console.WriteLine($"Ready: gateway {options.GatewayUrl}  (API reference {options.GatewayUrl}/reference)");
    Console.WriteLine($"Demo organisations, park and API clients: {seeder.CredentialsFile}");
    Console.WriteLine(demo.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    Console.WriteLine($"Platform administrator client: local-admin / local-admin-secret. Logs: {platform.LogFolder}. Ctrl-C stops everything.");
    while (!stop.IsCancellationRequested)
    {
        var exited = platform.Exited().ToList();
        if (exited.Count > 0) { Console.Error.WriteLine($"{string.Join(", ", exited)} exited; see {platform.LogFolder}. Stopping."); break; }
        await Task.Delay(1000, stop.Token).ContinueWith(_ => { });
    }
}
catch (OperationCanceledException) { }
catch (Exception e)
{
    Console.Error.WriteLine("Start-up failed: " + e.Message);
    Environment.ExitCode = 1;
}
Console.WriteLine("Stopping...");
await platform.StopAllAsync();
Console.WriteLine("Stopped.");

internal sealed record LauncherArguments(string Root, string Data, string RabbitMq, int GatewayPort, string Configuration, int Replicas, string? Postgres,
    string? Prometheus, int PrometheusPort, IReadOnlyList<int> WebhookReceiverPorts, string? RabbitMqManagement, int? MqttPort)
{
    public static LauncherArguments Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var root = Path.GetFullPath(Value("--root", Directory.GetCurrentDirectory()));
        return new LauncherArguments(
            root,
            Path.GetFullPath(Value("--data", Path.Combine(root, ".data"))),
            Value("--rabbitmq", Environment.GetEnvironmentVariable("CARBON_RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672/"),
            int.Parse(Value("--gateway-port", Environment.GetEnvironmentVariable("CARBON_GATEWAY_PORT") ?? "8080"), System.Globalization.CultureInfo.InvariantCulture),
            Value("--configuration", "Release"),
            int.Parse(Value("--replicas", Environment.GetEnvironmentVariable("CARBON_REPLICAS") ?? "1"), System.Globalization.CultureInfo.InvariantCulture),
            Value("--postgres", "") is { Length: > 0 } postgres ? postgres : null,
            Array.IndexOf(args, "--prometheus") >= 0 ? Value("--prometheus", "prometheus") : null,
            int.Parse(Value("--prometheus-port", "9090"), System.Globalization.CultureInfo.InvariantCulture),
            [.. args.Select((a, i) => (a, i)).Where(p => p.a == "--webhook-receiver-port" && p.i + 1 < args.Length)
                .Select(p => int.Parse(args[p.i + 1], System.Globalization.CultureInfo.InvariantCulture))],
            Value("--rabbitmq-management", "") is { Length: > 0 } management ? management : null,
            Value("--mqtt-port", "") is { Length: > 0 } mqtt ? int.Parse(mqtt, System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
