namespace CarbonPlatform.Launcher;

public sealed record PlatformOptions
{
    public required string RepositoryRoot { get; init; }
    public required string DataFolder { get; init; }
    public required string RabbitMqUrl { get; init; }
    public int GatewayPort { get; init; } = 8080;
    /// <summary>Service n listens on BasePort + n (HTTP), BasePort + 100 + n (gRPC, HTTP/2 only) and BasePort + 150 + n (/metrics; the gateway is 0).</summary>
    public int BasePort { get; init; } = 5100;
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

    public string GatewayUrl => $"http://localhost:{GatewayPort}";
    public int HttpPort(ServiceSpec s) => s == PlatformTopology.Gateway ? GatewayPort : BasePort + s.Index;
    public int GrpcPort(ServiceSpec s) => BasePort + 100 + s.Index;
    public int MetricsPort(ServiceSpec s) => BasePort + 150 + s.Index;
}
