using CarbonPlatform.Client.Api.V1;
using CarbonPlatform.Client.Authentication;
using CarbonPlatform.Client.Resilience;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace CarbonPlatform.Client;

/// <summary>
/// The generated client wired for the platform: a client-credentials token (cached, renewed before it expires) on every
/// request to the gateway, and 429/503 retried as <see cref="RetryAfterHandler"/> says. Create one per API client and
/// keep it for the life of the program; it is safe to use from several threads.
/// </summary>
/// <example>
/// <code>
/// using var carbon = CarbonClient.Create(new CarbonClientOptions
/// {
///     BaseAddress = new Uri("https://carbon.example.cn"),
///     Credentials = new ClientCredentials(clientId, clientSecret),
/// });
/// var applications = await carbon.V1.CertificationApplications.GetAsync();
/// </code>
/// </example>
public sealed class CarbonClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpClientRequestAdapter _adapter;

    private CarbonClient(HttpClient http, HttpClientRequestAdapter adapter, ClientCredentialsTokenProvider tokens)
    {
        _http = http;
        _adapter = adapter;
        Tokens = tokens;
        Generated = new CarbonApiClient(adapter);
    }

    /// <summary>The Kiota client, rooted at the gateway.</summary>
    public CarbonApiClient Generated { get; }

    /// <summary>The v1 API: <c>carbon.V1.Parks[parkId].Inventories[2025].GetAsync()</c>.</summary>
    public V1RequestBuilder V1 => Generated.Api.V1;

    /// <summary>The token source, e.g. to read the token for a call made by other means.</summary>
    public ClientCredentialsTokenProvider Tokens { get; }

    /// <param name="options">The platform and the API client.</param>
    /// <param name="transport">The innermost handler (a proxy's, or a test's); disposed with the client. Kiota's default when null.</param>
    public static CarbonClient Create(CarbonClientOptions options, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Kiota's own retry handler is left out: it would retry what RetryAfterHandler already retries.
        var handlers = KiotaClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        handlers.Insert(0, new RetryAfterHandler(options.Retries));
        var first = KiotaClientFactory.ChainHandlersCollectionAndGetFirstLink(
            transport ?? KiotaClientFactory.GetDefaultHttpMessageHandler(), [.. handlers])!;
        var http = new HttpClient(first, disposeHandler: true) { Timeout = options.Timeout };
        var tokens = new ClientCredentialsTokenProvider(http, options.TokenEndpoint, options.Credentials, options.Retries.Time)
        {
            RenewBefore = options.RenewTokenBefore,
        };
        var adapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens), httpClient: http)
        {
            BaseUrl = options.Root.AbsoluteUri.TrimEnd('/'),
        };
        return new CarbonClient(http, adapter, tokens);
    }

    public void Dispose()
    {
        _adapter.Dispose();
        _http.Dispose();
    }
}
