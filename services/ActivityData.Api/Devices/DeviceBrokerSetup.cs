namespace CarbonPlatform.ActivityData.Devices;

public static class DeviceBrokerSetup
{
    /// <summary>
    /// <c>Devices:Broker:ManagementUrl</c> (e.g. http://127.0.0.1:15672/) turns on provisioning; the administrator is
    /// <c>Devices:Broker:Username</c>/<c>Password</c>, or else the user of <c>Messaging:RabbitMq</c>. Without it devices
    /// report over HTTP only. The readings queue is consumed whenever the service has a broker.
    /// </summary>
    public static IServiceCollection AddDeviceBroker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<ReadingQueue>();
        if (configuration["Devices:Broker:ManagementUrl"] is not { Length: > 0 } management)
            return services.AddSingleton<IBrokerAccounts, NoBrokerAccounts>();
        var amqp = configuration["Messaging:RabbitMq"] is { } url ? new Uri(url) : null;
        var (user, password) = configuration["Devices:Broker:Username"] is { } u
            ? (u, configuration["Devices:Broker:Password"] ?? "")
            : amqp?.UserInfo.Split(':', 2) is [var name, var pass] ? (Uri.UnescapeDataString(name), Uri.UnescapeDataString(pass)) : ("", "");
        var vhost = amqp is null || amqp.AbsolutePath is "" or "/" ? "/" : Uri.UnescapeDataString(amqp.AbsolutePath.TrimStart('/'));
        services.AddHttpClient(nameof(ManagementBrokerAccounts), http =>
        {
            http.BaseAddress = new Uri(management.EndsWith('/') ? management : management + "/");
            http.Timeout = TimeSpan.FromSeconds(15);
            ManagementBrokerAccounts.Authenticate(http, user, password);
        });
        return services.AddTransient<IBrokerAccounts>(sp =>
            new ManagementBrokerAccounts(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ManagementBrokerAccounts)), vhost));
    }
}
