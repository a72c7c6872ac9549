namespace CarbonPlatform.ServiceDefaults.Secrets;

/// <summary>
/// How a bulk answer (<c>{ "secret name": { "key": "value" } }</c>) becomes configuration. The inner key is the
/// configuration key: a store with name/value semantics (Vault, Key Vault, a flat local file) repeats the secret's name
/// there, a Kubernetes Secret lists its data keys. Secret and data key names cannot hold <c>:</c>, so <c>--</c> and
/// <c>__</c> stand for it: <c>ConnectionStrings--identity</c> and <c>ConnectionStrings__identity</c> both become
/// <c>ConnectionStrings:identity</c>.
/// </summary>
public static class SecretKeys
{
    public static string ToConfigurationKey(string key) => key.Replace("--", ":").Replace("__", ":");

    public static Dictionary<string, string?> ToConfiguration(
        string store, IReadOnlyDictionary<string, Dictionary<string, string>> secrets)
    {
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var origin = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, pairs) in secrets.OrderBy(s => s.Key, StringComparer.Ordinal))
            foreach (var (key, value) in pairs)
            {
                var configurationKey = ToConfigurationKey(key);
                // The store's order is not defined, so two secrets giving one key two values would pick one at random.
                if (configuration.TryGetValue(configurationKey, out var earlier) && earlier != value)
                    throw new InvalidOperationException(
                        $"Dapr secret store '{store}': secrets '{origin[configurationKey]}' and '{name}' both set '{configurationKey}' to different values.");
                configuration[configurationKey] = value;
                origin[configurationKey] = name;
            }
        return configuration;
    }
}
