namespace CarbonPlatform.Identity.ApiClients;

/// <summary>An organisation's API client (never its secret).</summary>
public sealed record ApiClientView(string ClientId, string Name, IReadOnlyList<string> Roles, bool Revoked, DateTimeOffset? RevokedAt);

/// <summary>The client just created: its secret is shown this once and stored only hashed.</summary>
public sealed record CreatedApiClient(string ClientId, string ClientSecret, IReadOnlyList<string> Roles);
