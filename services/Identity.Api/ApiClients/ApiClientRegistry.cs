using System.Security.Cryptography;
using System.Text.Json;
using CarbonPlatform.Identity.Server;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.ApiClients;

/// <summary>The organisation an API client acts for, kept on the OpenIddict application and copied into its tokens.</summary>
public sealed record ClientTenant(string? OrganizationId, string OrganizationKind, string? RegionCode, IReadOnlyList<string> Roles);

public sealed record IssuedClient(string ClientId, string ClientSecret);

public sealed class ApiClientRegistry(IOpenIddictApplicationManager applications)
{
    private const string TenantProperty = "carbon_tenant";

    /// <summary>OpenIddict keeps only a hash of the secret: it is shown once, here.</summary>
    public async Task<IssuedClient> CreateAsync(string name, ClientTenant tenant, CancellationToken ct, string? clientId = null, string? secret = null)
    {
        clientId ??= $"{tenant.OrganizationKind}-{RandomNumberGenerator.GetHexString(12, lowercase: true)}";
        secret ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
        };
        foreach (var permission in IdentityServerSetup.PermissionsForApiClient()) descriptor.Permissions.Add(permission);
        descriptor.Properties[TenantProperty] = JsonSerializer.SerializeToElement(tenant, JsonSerializerOptions.Web);
        await applications.CreateAsync(descriptor, ct);
        return new IssuedClient(clientId, secret);
    }

    public async Task<bool> ExistsAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is not null;

    public async Task<ClientTenant?> FindTenantAsync(string clientId, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(clientId, ct);
        if (application is null) return null;
        var properties = await applications.GetPropertiesAsync(application, ct);
        return properties.TryGetValue(TenantProperty, out var tenant)
            ? tenant.Deserialize<ClientTenant>(JsonSerializerOptions.Web)
            : null;
    }
}
