using Microsoft.Extensions.Configuration;

namespace CarbonPlatform.ServiceDefaults.Configuration;

public static class ConfigurationExtensions
{
    /// <summary>A setting the service cannot run without: missing, it stops at start-up with the key's name.</summary>
    public static string Require(this IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"{key} is not configured.");
}
