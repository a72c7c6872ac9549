using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.ServiceDefaults.Secrets;

public static class DaprSecretStoreExtensions
{
    /// <summary>
    /// With <c>Dapr:SecretStore</c> set, adds that Dapr secret store's secrets to configuration, read now (before
    /// anything reads a connection string or a client secret). Added last, the store wins over appsettings, environment
    /// variables and the command line. Without the setting nothing changes and no sidecar is needed.
    /// </summary>
    public static IHostApplicationBuilder AddDaprSecretStore(this IHostApplicationBuilder builder)
    {
        var settings = DaprSecretStoreSettings.From(builder.Configuration);
        if (settings is null || builder.Configuration.Sources.OfType<DaprSecretStoreConfiguration>().Any()) return builder;
        builder.Configuration.Add(new DaprSecretStoreConfiguration(settings));
        return builder;
    }
}
