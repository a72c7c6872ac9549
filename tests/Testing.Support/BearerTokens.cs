using System.Net.Http.Headers;

namespace CarbonPlatform.Testing;

public static class BearerTokens
{
    /// <summary>The client, now sending this bearer token with every request.</summary>
    public static HttpClient WithToken(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
