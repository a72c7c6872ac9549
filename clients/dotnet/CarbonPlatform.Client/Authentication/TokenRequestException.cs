using System.Net;

namespace CarbonPlatform.Client.Authentication;

/// <summary>The token endpoint refused the client credentials (or answered something that is not a token).</summary>
public sealed class TokenRequestException(HttpStatusCode status, string? error, string? description)
    : Exception($"The token endpoint answered {(int)status}{(error is null ? "" : $" {error}")}{(description is null ? "" : $": {description}")}.")
{
    public HttpStatusCode Status { get; } = status;
    /// <summary>The OAuth error code (<c>invalid_client</c>, <c>invalid_scope</c>, …), when the endpoint gave one.</summary>
    public string? Error { get; } = error;
    public string? Description { get; } = description;
}
