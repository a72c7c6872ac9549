using CarbonPlatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>
/// The certification service on TestServer with its webhook dispatcher running, retrying fast: 100 ms doubling to
/// 200 ms, at most four attempts, polling every 50 ms, receivers on loopback over http allowed. Its gRPC neighbours are never called by the webhook tests.
/// </summary>
public sealed class CertificationService(string jwksUri, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? testServices = null)
    : ServiceFactory<Program>(jwksUri)
{
    public const int MaxAttempts = 4;

    /// <summary>The service's clock: real time unless a test moves it (certificates expire by the date alone).</summary>
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Services:ParkRegistry:Grpc", "http://park-registry.invalid");
        builder.UseSetting("Services:Evaluation:Grpc", "http://evaluation.invalid");
        builder.UseSetting("Webhooks:BaseDelay", "00:00:00.100");
        builder.UseSetting("Webhooks:MaxDelay", "00:00:00.200");
        builder.UseSetting("Webhooks:MaxAttempts", MaxAttempts.ToString());
        builder.UseSetting("Webhooks:PollInterval", "00:00:00.050");
        builder.UseSetting("Webhooks:Timeout", "00:00:05");
        // The receivers are WireMock servers on http://127.0.0.1; a host of the guard's own tests turns these off again.
        builder.UseSetting("Webhooks:AllowInsecureUrls", "true");
        builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            testServices?.Invoke(services);
        });
    }
}

public sealed class MovableClock : TimeProvider
{
    private TimeSpan _ahead;

    public void MoveTo(DateTimeOffset when) => _ahead = when - DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _ahead;
}
