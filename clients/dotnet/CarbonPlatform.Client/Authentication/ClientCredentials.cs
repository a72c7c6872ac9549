namespace CarbonPlatform.Client.Authentication;

/// <summary>An API client of an organisation (created by its administrator; the secret is shown once).</summary>
/// <param name="ClientId">The client's id, e.g. <c>cb-3f9a…</c>.</param>
/// <param name="ClientSecret">The client's secret: keep it in a secret store, never in source.</param>
/// <param name="Scope">The services the token is for (space-separated), or null for every service the client may use.</param>
public sealed record ClientCredentials(string ClientId, string ClientSecret, string? Scope = null)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"ClientCredentials {{ ClientId = {ClientId}, Scope = {Scope} }}";
}
