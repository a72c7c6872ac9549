using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CarbonPlatform.Launcher;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>The whole platform as separate processes on loopback, started once for the test collection.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public PlatformProcesses Platform { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;
    /// <summary>Settings passed to every process on top of the defaults (e.g. a lower rate limit for one collection's platform).</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();
    /// <summary>Instances of every service behind the gateway.</summary>
    public int Replicas { get; init; } = 1;
    /// <summary>Every service on PostgreSQL (the server <c>CARBON_TEST_POSTGRES</c> names, databases of this run) instead of SQLite.</summary>
    public bool OnPostgres { get; init; }
    public string RabbitMqUrl { get; } = Environment.GetEnvironmentVariable("CARBON_RABBITMQ_URL")
        ?? throw new InvalidOperationException("CARBON_RABBITMQ_URL is not set: run the suite with ./carbon test, which starts RabbitMQ.");

    /// <summary>The broker's MQTT listener (127.0.0.1), when ./carbon test started the broker.</summary>
    public int? MqttPort { get; } = int.TryParse(Environment.GetEnvironmentVariable("CARBON_TEST_MQTT_PORT"), out var port) ? port : null;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public async Task InitializeAsync()
    {
        var work = Environment.GetEnvironmentVariable("CARBON_TEST_WORK") ?? Path.GetTempPath();
        var basePort = FreePortBlock(Replicas);
        var run = Guid.NewGuid().ToString("N")[..8];
        var postgres = OnPostgres
            ? Environment.GetEnvironmentVariable("CARBON_TEST_POSTGRES")
              ?? throw new InvalidOperationException("CARBON_TEST_POSTGRES is not set: run the suite with ./carbon test, which starts PostgreSQL.")
            : null;
        var options = new PlatformOptions
        {
            Replicas = Replicas,
            Postgres = postgres,
            DatabasePrefix = "e2e_" + run,
            RepositoryRoot = RepositoryPaths.Root,
            DataFolder = Path.Combine(work, "e2e-" + run),
            RabbitMqUrl = RabbitMqUrl,
            // ./carbon test starts the broker with its management and MQTT plugins on ports derived from its AMQP port.
            RabbitMqManagementUrl = Environment.GetEnvironmentVariable("CARBON_TEST_RABBITMQ_MANAGEMENT_URL"),
            MqttPort = MqttPort,
            GatewayPort = basePort,
            BasePort = basePort,
            BuildConfiguration = Configuration,
            // The tests' webhook receivers listen on http://127.0.0.1, on ports registered here: no other loopback port.
            WebhookReceiverPorts = WebhookReceiverPorts,
            ExtraSettings = new Dictionary<string, string>
                {
                    ["Gateway__MaxRequestBodyBytes"] = "1048576",
                    // Every token request, sign-in form and anonymous verification of the suite comes from one loopback
                    // address; the anonymous limit (120 a minute) is for one caller. The limits have tests of their own.
                    ["Gateway__RateLimit__AnonymousPermitsPerMinute"] = "100000",
                    // Logs as in Production (one JSON object a line, with the request's scope), and one line per endpoint
                    // executed, so that OperationsTests can read the scope and scan the run's logs for secrets.
                    ["Logging__Format"] = "json",
                    ["Logging__LogLevel__Microsoft.AspNetCore.Routing.EndpointMiddleware"] = "Information",
                    ["Webhooks__AllowInsecureUrls"] = "true",
                }
                .Concat(ExtraSettings).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        };
        Platform = new PlatformProcesses(options);
        Platform.StartAll();
        // Every replica is another process starting on the same cores.
        await Platform.WaitReadyAsync("gateway", TimeSpan.FromSeconds(300 * Replicas));
        Gateway = new HttpClient { BaseAddress = new Uri(options.GatewayUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (Platform is not null) await Platform.DisposeAsync();
    }

    /// <summary>Loopback ports the platform lets webhooks reach: <see cref="StartWebhookReceiver"/> listens on one of them.</summary>
    public IReadOnlyList<int> WebhookReceiverPorts { get; } = Enumerable.Range(0, 4).Select(_ => FreePort()).ToList();
    private int _receivers;

    /// <summary>A webhook receiver on one of the ports the launcher registered (another port on loopback is refused).</summary>
    public WireMock.Server.WireMockServer StartWebhookReceiver() =>
        WireMock.Server.WireMockServer.Start(new WireMock.Settings.WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{WebhookReceiverPorts[Interlocked.Increment(ref _receivers) % WebhookReceiverPorts.Count]}"],
        });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public string ServiceUrl(string name) =>
        $"http://127.0.0.1:{Platform.Options.HttpPort(PlatformTopology.All.Single(s => s.Name == name))}";

    public string MetricsUrl(string name) =>
        $"http://127.0.0.1:{Platform.Options.MetricsPort(PlatformTopology.All.Single(s => s.Name == name))}/metrics";

    public async Task<string> TokenAsync(string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null) form["scope"] = scope;
        using var response = await Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token for {clientId}: {(int)response.StatusCode} {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<HttpClient> ClientAsync(string clientId, string secret, string? baseUrl = null, string? scope = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl ?? Gateway.BaseAddress!.ToString()), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(clientId, secret, scope));
        return http;
    }

    public Task<HttpClient> AdminAsync() => ClientAsync("local-admin", "local-admin-secret");

    /// <summary>Gateway at base, services at base+1.. (replica r 10 (r - 1) above), their gRPC 100 above and /metrics 150
    /// above: a block nobody listens on.</summary>
    private static int FreePortBlock(int replicas)
    {
        for (var candidate = 17000 + Random.Shared.Next(0, 40) * 200; candidate < 29000; candidate += 200)
            if (Enumerable.Range(0, 10 * replicas).Concat(Enumerable.Range(100, 10 * replicas)).Concat(Enumerable.Range(150, 10 * replicas))
                .All(o => IsFree(candidate + o))) return candidate;
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

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

/// <summary>
/// The platform as it is deployed: two replicas of every service behind the gateway, every database on PostgreSQL.
/// The whole flow and every vector run on it too (the Replicated* classes).
/// </summary>
public sealed class ReplicatedPlatformFixture : IAsyncLifetime
{
    public PlatformFixture Platform { get; } = new() { Replicas = 2, OnPostgres = true };
    public Task InitializeAsync() => Platform.InitializeAsync();
    public Task DisposeAsync() => Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ReplicatedPlatformCollection : ICollectionFixture<ReplicatedPlatformFixture>
{
    public const string Name = "replicated platform on postgres";
}

/// <summary>
/// A second, separate platform for tests that change platform-wide state (the default factor release). Deployed shape
/// too (two replicas of every service on PostgreSQL): a release switch must reach every inventory whichever accounting
/// replica consumes its event and whichever computes each park.
/// </summary>
public sealed class IsolatedPlatformFixture : IAsyncLifetime
{
    public PlatformFixture Platform { get; } = new() { Replicas = 2, OnPostgres = true };
    public Task InitializeAsync() => Platform.InitializeAsync();
    public Task DisposeAsync() => Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class IsolatedPlatformCollection : ICollectionFixture<IsolatedPlatformFixture>
{
    public const string Name = "isolated platform";
}
