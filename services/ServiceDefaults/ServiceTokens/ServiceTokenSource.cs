using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.ServiceDefaults.ServiceTokens;

/// <summary>This service's client at the identity service: <c>Auth:ServiceClient:Id</c>, <c>:Secret</c> and <c>:TokenEndpoint</c>.</summary>
public sealed record ServiceClientSettings(string? ClientId, string? Secret, Uri? TokenEndpoint)
{
    public bool IsConfigured => !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(Secret) && TokenEndpoint is not null;

    public static ServiceClientSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth:ServiceClient");
        var endpoint = section["TokenEndpoint"] is { Length: > 0 } configured ? configured
            : configuration["Services:Identity:Http"] is { Length: > 0 } identity ? identity.TrimEnd('/') + "/connect/token"
            : null;
        return new ServiceClientSettings(section["Id"], section["Secret"], endpoint is null ? null : new Uri(endpoint));
    }
}

/// <summary>
/// Client-credentials tokens of this service, one per target service (the scope names the target, so a token is good
/// only there), each kept until a minute before it expires.
/// </summary>
public sealed class ServiceTokenSource(Func<HttpClient> http, ServiceClientSettings settings, TimeProvider clock)
{
    public const string HttpClientName = "service-tokens";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RenewAt)> _tokens = new(StringComparer.Ordinal);

    public bool IsConfigured => settings.IsConfigured;

    /// <summary>A token for calls to <paramref name="targetService"/>; null when this service has no client configured.</summary>
    public async ValueTask<string?> GetAsync(string targetService, CancellationToken ct)
    {
        if (!settings.IsConfigured) return null;
        if (Fresh(targetService) is { } token) return token;

        var gate = _locks.GetOrAdd(targetService, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (Fresh(targetService) is { } fetched) return fetched;
            var (issued, lifetime) = await RequestAsync(targetService, ct);
            _tokens[targetService] = (issued, clock.GetUtcNow() + lifetime - RenewBeforeExpiry);
            return issued;
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Fresh(string targetService) =>
        _tokens.TryGetValue(targetService, out var cached) && clock.GetUtcNow() < cached.RenewAt ? cached.Token : null;

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(string targetService, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId!,
            ["client_secret"] = settings.Secret!,
            ["scope"] = targetService,
        });
        using var response = await http().PostAsync(settings.TokenEndpoint, form, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The identity service refused a token for {settings.ClientId} to call {targetService}: {(int)response.StatusCode}.",
                null, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
            ?? throw new HttpRequestException("The identity service answered the token request with nothing.");
        if (string.IsNullOrEmpty(body.AccessToken)) throw new HttpRequestException("The identity service's token response has no access_token.");
        return (body.AccessToken, TimeSpan.FromSeconds(body.ExpiresIn));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
