using System.Security.Cryptography;
using System.Text.Json;
using CarbonPlatform.Identity.Server;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.ApiClients;

/// <summary>The organisation an API client acts for, kept on the OpenIddict application and copied into its tokens (an enterprise's park and record too).</summary>
public sealed record ClientTenant(string? OrganizationId, string OrganizationKind, string? RegionCode, IReadOnlyList<string> Roles,
    string? ParkId = null, string? EnterpriseId = null);

public sealed record IssuedClient(string ClientId, string ClientSecret);

public sealed record ApiClientSummary(string ClientId, string Name, IReadOnlyList<string> Roles, DateTimeOffset? RevokedAt);

public sealed class ApiClientRegistry(
    IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
{
    private const string TenantProperty = "carbon_tenant";
    private const string RevokedProperty = "carbon_revoked_at";

    /// <summary>OpenIddict keeps only a hash of the secret: it is shown once, here.</summary>
    public async Task<IssuedClient> CreateAsync(string name, ClientTenant tenant, CancellationToken ct, string? clientId = null, string? secret = null)
    {
        clientId ??= $"{tenant.OrganizationKind}-{RandomNumberGenerator.GetHexString(12, lowercase: true)}";
        secret ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await applications.CreateAsync(Describe(name, tenant, clientId, secret), ct);
        return new IssuedClient(clientId, secret);
    }

    /// <summary>
    /// Creates the client, or gives an existing one this name, tenant, secret and permissions: the API clients' ones, or
    /// only <paramref name="scopes"/> when given.
    /// </summary>
    public async Task UpsertAsync(string name, ClientTenant tenant, string clientId, string secret, CancellationToken ct,
        IEnumerable<string>? scopes = null)
    {
        var descriptor = Describe(name, tenant, clientId, secret, scopes);
        if (await applications.FindByClientIdAsync(clientId, ct) is { } existing) await applications.UpdateAsync(existing, descriptor, ct);
        else await applications.CreateAsync(descriptor, ct);
    }

    private static OpenIddictApplicationDescriptor Describe(string name, ClientTenant tenant, string clientId, string secret,
        IEnumerable<string>? scopes = null)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
        };
        foreach (var permission in IdentityServerSetup.PermissionsForApiClient(scopes)) descriptor.Permissions.Add(permission);
        descriptor.Properties[TenantProperty] = JsonSerializer.SerializeToElement(tenant, JsonSerializerOptions.Web);
        return descriptor;
    }

    /// <summary>The scopes the client may ask for (its scope permissions).</summary>
    public async Task<System.Collections.Immutable.ImmutableArray<string>> PermittedScopesAsync(string clientId, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(clientId, ct) is not { } application) return [];
        var permissions = await applications.GetPermissionsAsync(application, ct);
        return [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])];
    }

    public async Task<bool> ExistsAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is not null;

    /// <summary>The tenant of a client that may still get tokens (null for a revoked client or one without organisation).</summary>
    public async Task<ClientTenant?> FindTenantAsync(string clientId, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(clientId, ct);
        if (application is null) return null;
        var properties = await applications.GetPropertiesAsync(application, ct);
        return properties.ContainsKey(RevokedProperty) ? null : Tenant(properties);
    }

    public async Task<IReadOnlyList<ApiClientSummary>> ListAsync(Guid organizationId, CancellationToken ct)
    {
        var found = new List<ApiClientSummary>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, ct))
        {
            var properties = await applications.GetPropertiesAsync(application, ct);
            if (Tenant(properties) is not { } tenant || tenant.OrganizationId != organizationId.ToString()) continue;
            DateTimeOffset? revokedAt = properties.TryGetValue(RevokedProperty, out var at) ? at.GetDateTimeOffset() : null;
            found.Add(new ApiClientSummary((await applications.GetClientIdAsync(application, ct))!,
                await applications.GetDisplayNameAsync(application, ct) ?? "", tenant.Roles, revokedAt));
        }
        return found.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.ClientId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Takes away the client's right to the token endpoint and revokes what it holds. Access tokens already issued are
    /// plain JWTs that services check offline: the caller records a revocation, which the services read.
    /// </summary>
    public async Task<bool> RevokeAsync(Guid organizationId, string clientId, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(clientId, ct);
        if (application is null) return false;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        if (Tenant(descriptor.Properties) is not { } tenant || tenant.OrganizationId != organizationId.ToString()) return false;
        if (descriptor.Properties.ContainsKey(RevokedProperty)) return true;

        descriptor.Permissions.Clear();
        descriptor.Properties[RevokedProperty] = JsonSerializer.SerializeToElement(DateTimeOffset.UtcNow);
        await applications.UpdateAsync(application, descriptor, ct);
        var id = (await applications.GetIdAsync(application, ct))!;
        await authorizations.RevokeByApplicationIdAsync(id, ct);
        await tokens.RevokeByApplicationIdAsync(id, ct);
        return true;
    }

    private static ClientTenant? Tenant(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(TenantProperty, out var tenant) ? tenant.Deserialize<ClientTenant>(JsonSerializerOptions.Web) : null;
}
