using System.Text.Json;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CarbonPlatform.Client.Authentication;

/// <summary>
/// OAuth 2.0 client credentials against the platform's <c>/connect/token</c>: one token is asked for, kept and sent
/// with every request until shortly before it expires (<see cref="RenewBefore"/>), then renewed once however many
/// requests are waiting. Tokens are only handed out for the platform's own host (<see cref="AllowedHostsValidator"/>).
/// </summary>
public sealed class ClientCredentialsTokenProvider : IAccessTokenProvider
{
    private readonly HttpClient _http;
    private readonly Uri _tokenEndpoint;
    private readonly ClientCredentials _credentials;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile AccessToken? _current;

    /// <param name="http">Sends the token request (the caller owns it).</param>
    /// <param name="tokenEndpoint">The platform's token endpoint, e.g. <c>https://carbon.example.cn/connect/token</c>.</param>
    /// <param name="credentials">The API client.</param>
    /// <param name="time">The clock (tests pass their own).</param>
    public ClientCredentialsTokenProvider(HttpClient http, Uri tokenEndpoint, ClientCredentials credentials, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        ArgumentNullException.ThrowIfNull(credentials);
        if (!tokenEndpoint.IsAbsoluteUri) throw new ArgumentException("The token endpoint must be an absolute URI.", nameof(tokenEndpoint));
        _http = http;
        _tokenEndpoint = tokenEndpoint;
        _credentials = credentials;
        _time = time ?? TimeProvider.System;
        AllowedHostsValidator = new AllowedHostsValidator([tokenEndpoint.Host]);
    }

    /// <summary>How long before its expiry a token is renewed (at most half its lifetime). One minute by default.</summary>
    public TimeSpan RenewBefore { get; init; } = TimeSpan.FromMinutes(1);

    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <summary>Kiota's hook: the token for a request to <paramref name="uri"/>, none for another host.</summary>
    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return AllowedHostsValidator.IsUrlHostValid(uri) ? await GetTokenAsync(cancellationToken).ConfigureAwait(false) : string.Empty;
    }

    /// <summary>The current token, renewed first when it is due.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } token && token.IsFreshAt(_time.GetUtcNow())) return token.Value;
        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have renewed it while this one waited.
            if (_current is { } renewed && renewed.IsFreshAt(_time.GetUtcNow())) return renewed.Value;
            _current = await RequestAsync(cancellationToken).ConfigureAwait(false);
            return _current.Value;
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>Forgets the token, so that the next request asks for a new one (e.g. after the client's roles changed).</summary>
    public void Invalidate() => _current = null;

    private async Task<AccessToken> RequestAsync(CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _credentials.ClientId,
            ["client_secret"] = _credentials.ClientSecret,
        };
        if (!string.IsNullOrWhiteSpace(_credentials.Scope)) form["scope"] = _credentials.Scope;
        var askedAt = _time.GetUtcNow();
        using var response = await _http.PostAsync(_tokenEndpoint, new FormUrlEncodedContent(form), cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var answer = TokenAnswer.Read(body);
        if (!response.IsSuccessStatusCode || answer.AccessToken is null)
            throw new TokenRequestException(response.StatusCode, answer.Error ?? (response.IsSuccessStatusCode ? "no_access_token" : null), answer.ErrorDescription);
        if (answer.TokenType is { } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            throw new TokenRequestException(response.StatusCode, "unsupported_token_type", $"the token is of type {type}, not Bearer");
        return AccessToken.Issued(answer.AccessToken, TimeSpan.FromSeconds(answer.ExpiresIn ?? 0), askedAt, RenewBefore);
    }

    private sealed record TokenAnswer(string? AccessToken, string? TokenType, double? ExpiresIn, string? Error, string? ErrorDescription)
    {
        public static TokenAnswer Read(string body)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object) return new(null, null, null, null, null);
                string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                double? Number(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
                return new(Text("access_token"), Text("token_type"), Number("expires_in"), Text("error"), Text("error_description"));
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's error page): the status code is all there is to report.
                return new(null, null, null, null, null);
            }
        }
    }
}
