using CarbonPlatform.Client;
using CarbonPlatform.Client.Authentication;

namespace CarbonPlatform.Samples;

/// <summary>
/// The platform and the API client from the environment: CARBON_URL (the gateway, http://localhost:8080 by default),
/// CARBON_CLIENT_ID and CARBON_CLIENT_SECRET (after ./carbon up, the demo clients are in .data/demo-clients.json).
/// </summary>
public static class Connection
{
    public static CarbonClient FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("CARBON_URL") ?? "http://localhost:8080";
        var id = Environment.GetEnvironmentVariable("CARBON_CLIENT_ID");
        var secret = Environment.GetEnvironmentVariable("CARBON_CLIENT_SECRET");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
            throw new InvalidOperationException("Set CARBON_CLIENT_ID and CARBON_CLIENT_SECRET (and CARBON_URL unless the gateway is http://localhost:8080).");
        return CarbonClient.Create(new CarbonClientOptions { BaseAddress = new Uri(url), Credentials = new ClientCredentials(id, secret) });
    }
}
