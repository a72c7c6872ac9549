namespace CarbonPlatform.Launcher;

public sealed record PlatformOptions
{
    public required string RepositoryRoot { get; init; }
    public required string DataFolder { get; init; }
    public required string RabbitMqUrl { get; init; }
    /// <summary>The broker's management API (activity-data provisions each device's user through it, as the AMQP URL's user); null: devices report over HTTP only.</summary>
    public string? RabbitMqManagementUrl { get; init; }
    /// <summary>The broker's MQTT port, told to a device when it is registered.</summary>
    public int? MqttPort { get; init; }
    public int GatewayPort { get; init; } = 8080;
    /// <summary>
    /// Replica r (from 1, at most 5) of service n listens on BasePort + 10 (r - 1) + n (HTTP), 100 above that (gRPC,
    /// HTTP/2 only) and 150 above that (/metrics; the gateway is n = 0): replica 1 on BasePort + n.
    /// </summary>
    public int BasePort { get; init; } = 5100;
    /// <summary>Instances of every service (the gateway stays one and balances over them).</summary>
    public int Replicas { get; init; } = 1;
    /// <summary>
    /// A PostgreSQL server for every service's database (<c>Host=…;Port=…;Username=…</c>, no database); null: SQLite
    /// files under the data folder.
    /// </summary>
    public string? Postgres { get; init; }
    /// <summary>Each service's PostgreSQL database is this prefix and the service's name (e.g. carbon_accounting).</summary>
    public string DatabasePrefix { get; init; } = "carbon";
    public string BuildConfiguration { get; init; } = "Release";
    public string Environment { get; init; } = "Development";
    public bool LocalAdministrator { get; init; } = true;
    /// <summary>The portal's client secret at the identity service: made anew for each run, never written to the repo.</summary>
    public string PortalClientSecret { get; init; } = System.Security.Cryptography.RandomNumberGenerator.GetHexString(48, lowercase: true);
    /// <summary>Each platform service's client secret at the identity service, for its gRPC calls: made anew for each run too.</summary>
    public IReadOnlyDictionary<string, string> ServiceClientSecrets { get; init; } = PlatformTopology.Services
        .Where(PlatformTopology.CallsGrpc)
        .ToDictionary(s => s.Name, _ => System.Security.Cryptography.RandomNumberGenerator.GetHexString(48, lowercase: true));
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();
    /// <summary>
    /// Loopback ports of webhook receivers this run registers (<c>--webhook-receiver-port</c>, the tests' WireMock
    /// receivers): the only loopback addresses a subscription may name in a local run.
    /// </summary>
    public IReadOnlyList<int> WebhookReceiverPorts { get; init; } = [];

    public string GatewayUrl => $"http://localhost:{GatewayPort}";
    public const int MaxReplicas = 5; // so the HTTP, gRPC and metrics port ranges never overlap
    public int HttpPort(ServiceSpec s, int replica = 1) => s == PlatformTopology.Gateway ? GatewayPort : BasePort + 10 * (replica - 1) + s.Index;
    public int GrpcPort(ServiceSpec s, int replica = 1) => BasePort + 100 + 10 * (replica - 1) + s.Index;
    public int MetricsPort(ServiceSpec s, int replica = 1) => BasePort + 150 + 10 * (replica - 1) + s.Index;
    public int ReplicasOf(ServiceSpec s) => s == PlatformTopology.Gateway ? 1 : Replicas;
    public string DatabaseName(ServiceSpec s) => $"{DatabasePrefix}_{s.Name.Replace('-', '_')}";
}
