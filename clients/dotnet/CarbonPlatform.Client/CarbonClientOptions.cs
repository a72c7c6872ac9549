using CarbonPlatform.Client.Authentication;
using CarbonPlatform.Client.Resilience;

namespace CarbonPlatform.Client;

/// <summary>Where the platform is, who calls it, and how patiently.</summary>
public sealed record CarbonClientOptions
{
    /// <summary>The gateway, e.g. <c>https://carbon.example.cn</c>: the API is under <c>/api/v1</c>, tokens under <c>/connect/token</c>.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The organisation's API client.</summary>
    public required ClientCredentials Credentials { get; init; }

    /// <summary>Retries of 429 and 503 (three, honouring <c>Retry-After</c>, by default).</summary>
    public RetryOptions Retries { get; init; } = new();

    /// <summary>How long before its expiry a token is renewed. One minute by default.</summary>
    public TimeSpan RenewTokenBefore { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>One request's time limit, retries and their waits included. 100 seconds by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The token endpoint: <c>/connect/token</c> on the gateway, which routes it to the identity service.</summary>
    public Uri TokenEndpoint => new(Root, "connect/token");

    internal Uri Root => new(BaseAddress.AbsoluteUri.TrimEnd('/') + "/");
}
