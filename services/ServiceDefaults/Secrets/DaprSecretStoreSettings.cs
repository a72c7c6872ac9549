using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.ServiceDefaults.Secrets;

/// <summary>
/// Which Dapr secret store to read and where its sidecar listens. The sidecar's variables (<c>DAPR_HTTP_ENDPOINT</c>,
/// <c>DAPR_HTTP_PORT</c>, <c>DAPR_API_TOKEN</c>) are read through configuration, which holds the environment.
/// </summary>
public sealed record DaprSecretStoreSettings(string Store, Uri Sidecar, string? ApiToken, TimeSpan Wait)
{
    public const string StoreKey = "Dapr:SecretStore";
    public const string WaitKey = "Dapr:SecretStoreWaitSeconds";

    /// <summary>Null when no store is named: then there is nothing to read and nothing to wait for.</summary>
    public static DaprSecretStoreSettings? From(IConfiguration configuration)
    {
        var store = configuration[StoreKey];
        if (string.IsNullOrWhiteSpace(store)) return null;
        var endpoint = configuration["DAPR_HTTP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) endpoint = $"http://127.0.0.1:{configuration["DAPR_HTTP_PORT"] ?? "3500"}";
        var token = configuration["DAPR_API_TOKEN"];
        var wait = TimeSpan.FromSeconds(configuration.GetValue<double?>(WaitKey) ?? 30);
        return new(store.Trim(), new Uri(endpoint.TrimEnd('/') + "/"), string.IsNullOrEmpty(token) ? null : token, wait);
    }

    public Uri BulkUrl => new(Sidecar, $"v1.0/secrets/{Uri.EscapeDataString(Store)}/bulk");
}
