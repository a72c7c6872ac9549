namespace CarbonPlatform.Identity.ApiClients;

/// <summary>
/// The platform-administrator client of a local run (<c>local-admin</c> / <c>local-admin-secret</c>, shared/spec/api-v1.md).
/// It exists only when <c>Identity:LocalAdmin:Enabled</c> is set, and production refuses to start with it.
/// </summary>
public static class LocalAdministrator
{
    public const string ClientId = "local-admin";
    public const string Secret = "local-admin-secret";

    public static async Task EnsureAsync(WebApplication app)
    {
        var enabled = app.Configuration.GetValue("Identity:LocalAdmin:Enabled", false);
        await using var scope = app.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ApiClientRegistry>();
        var exists = await clients.ExistsAsync(ClientId, CancellationToken.None);
        if (app.Environment.IsProduction() && (enabled || exists))
            throw new InvalidOperationException("The local-admin client must never exist in production: remove it and Identity:LocalAdmin:Enabled.");
        if (!enabled || exists) return;
        var tenant = new ClientTenant(null, OrganizationKinds.Platform, null, [PlatformRoles.PlatformAdmin]);
        await clients.CreateAsync("Local platform administrator", tenant, CancellationToken.None, ClientId, Secret);
    }
}
