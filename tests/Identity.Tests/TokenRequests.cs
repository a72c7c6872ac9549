using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CarbonPlatform.Identity.Tests;

/// <summary>The client-credentials grant at /connect/token, as an API client asks for a token.</summary>
public static class TokenRequests
{
    public const string LocalAdmin = "local-admin";
    public const string LocalAdminSecret = "local-admin-secret";

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> RequestTokenAsync(
        this HttpClient identity, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null) form["scope"] = scope;
        var response = await identity.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<JsonWebToken> AccessTokenAsync(this HttpClient identity, string clientId, string secret, string? scope = null)
    {
        var (response, body) = await identity.RequestTokenAsync(clientId, secret, scope);
        Assert.True(response.IsSuccessStatusCode, $"token request failed with {(int)response.StatusCode}: {body}");
        return new JsonWebToken(body.GetProperty("access_token").GetString());
    }

    public static IEnumerable<string> Values(this JsonWebToken token, string claim) =>
        token.Claims.Where(c => c.Type == claim).Select(c => c.Value);
}
