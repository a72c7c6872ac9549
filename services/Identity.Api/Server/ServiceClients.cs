using CarbonPlatform.Identity.ApiClients;

namespace CarbonPlatform.Identity.Server;

/// <summary>
/// The platform services' own clients, for their gRPC calls to each other: one <c>service-{name}</c> per entry of
/// <c>Identity:ServiceClients</c> (name = secret), created or brought up to date at startup. Their tokens carry the
/// platform-service role and no organisation, so they open gRPC services and no one's data; each may ask only for the
/// scopes of the services it calls (<see cref="PlatformServiceCalls"/>).
/// </summary>
public static class ServiceClients
{
    public const string ClientIdPrefix = "service-";

    public static string ClientIdFor(string serviceName) => ClientIdPrefix + serviceName;

    public static async Task EnsureAsync(WebApplication app)
    {
        var configured = app.Configuration.GetSection("Identity:ServiceClients").GetChildren()
            .Where(c => !string.IsNullOrEmpty(c.Value)).ToList();
        foreach (var client in configured)
        {
            if (!PlatformAudiences.Services.Contains(client.Key))
                throw new InvalidOperationException($"Identity:ServiceClients:{client.Key} names no platform service.");
            if (app.Environment.IsProduction() && client.Value!.Length < PortalClient.MinimumProductionSecretLength)
                throw new InvalidOperationException(
                    $"Identity:ServiceClients:{client.Key} must have at least {PortalClient.MinimumProductionSecretLength} characters in production.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ApiClientRegistry>();
        var tenant = new ClientTenant(null, OrganizationKinds.Platform, null, [PlatformRoles.PlatformService]);
        foreach (var client in configured)
            await clients.UpsertAsync($"Platform service {client.Key}", tenant, ClientIdFor(client.Key), client.Value!, CancellationToken.None,
                PlatformServiceCalls.TargetsOf(client.Key));
    }
}
